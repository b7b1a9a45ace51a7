using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.PlanEditing;

/// <summary>
/// Who may change the plan itself (texts, indicators, targets): the administrator and the planning
/// office, and only in the plan period the portal shows; an older period is a closed record.
/// </summary>
public static class PlanPermissions
{
    public static bool CanEdit(WorkflowActor actor, bool currentPeriod)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.IsAdmin || actor.IsPlanningOffice) && currentPeriod;
    }
}
