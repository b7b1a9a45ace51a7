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

    public static bool CanEdit(WorkflowActor actor, int ownerSectionId, RecordState? state, bool windowOpen, bool correcting = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(ownerSectionId) && PdcaWorkflow.StaffCanEdit(state, windowOpen, correcting);
    }

    /// <summary>The planning office reopens an approved record for correction (with a reason).</summary>
    public static bool CanReopen(WorkflowActor actor, RecordState? state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && PdcaWorkflow.CanReopen(state);
    }

    /// <summary>The owning section asks for an approved record to be corrected, once until it is answered.</summary>
    public static bool CanRequestCorrection(WorkflowActor actor, int ownerSectionId, RecordState? state, bool requestPending)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(ownerSectionId) && PdcaWorkflow.CanReopen(state) && !requestPending;
    }

    /// <summary>The planning office answers a pending correction request by declining it (with a reason); accepting it is reopening.</summary>
    public static bool CanDeclineCorrection(WorkflowActor actor, RecordState? state, bool requestPending)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && PdcaWorkflow.CanReopen(state) && requestPending;
    }

    /// <summary>A section's entry workbook is its own staff's: the planning office reviews records, it does not fill them in.</summary>
    public static bool CanUseSectionWorkbook(WorkflowActor actor, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffOf(sectionId);
    }

    /// <summary>
    /// The planning office reviews a submitted record, unless the person wrote any of its content under review
    /// (<paramref name="editors"/>, see <see cref="SeparationOfDuties"/>), whatever roles they hold.
    /// </summary>
    public static bool CanReview(WorkflowActor actor, RecordState? state, IReadOnlySet<string> editors)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && PdcaWorkflow.CanReview(state) && !SeparationOfDuties.WroteVersion(actor, editors);
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
