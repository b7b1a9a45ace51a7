namespace AsoPlan.Core.Workflow;

/// <summary>
/// Who may do what to a measure's yearly record. Staff work on their own section's records only,
/// and change them only while <see cref="PdcaWorkflow.StaffCanEdit"/> allows; the planning office
/// reviews every section; an administrator manages accounts and may read a record's history but
/// approves nothing unless also in the planning office.
/// </summary>
public static class RecordPermissions
{
    public static bool CanRead(WorkflowActor actor, int ownerSectionId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(ownerSectionId) || actor.IsPlanningOffice;
    }

    public static bool CanEdit(WorkflowActor actor, int ownerSectionId, RecordState? state, bool windowOpen)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(ownerSectionId) && PdcaWorkflow.StaffCanEdit(state, windowOpen);
    }

    /// <summary>A section's entry workbook is its own staff's: the planning office reviews records, it does not fill them in.</summary>
    public static bool CanUseSectionWorkbook(WorkflowActor actor, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(sectionId);
    }

    public static bool CanReview(WorkflowActor actor, RecordState? state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && PdcaWorkflow.CanReview(state);
    }

    public static bool CanReadHistory(WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice || actor.IsAdmin;
    }

    public static bool CanManageEntryWindows(WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice;
    }
}
