using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Voice;

/// <summary>
/// Who may see and handle a citizen's opinion before it is public: the planning office (every opinion, every step but the
/// draft reply) and the staff of the section it is assigned to (that opinion only, the draft reply only). Nobody else —
/// not an administrator, not a reviewer, not another section — and the sender's name stays with the planning office.
/// </summary>
public static class OpinionPermissions
{
    /// <param name="assignedSectionId">The section the opinion is assigned to now; null while it is 新規 or after a section lost it.</param>
    public static bool CanRead(WorkflowActor actor, int? assignedSectionId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice || (assignedSectionId is { } section && actor.IsStaffOf(section));
    }

    /// <summary>
    /// The sender's name is needed only to answer a deletion request or a question about the opinion, which the planning
    /// office handles; the section drafts a public reply and has no use for it.
    /// </summary>
    public static bool CanReadSenderName(WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice;
    }

    public static bool CanAssign(WorkflowActor actor, OpinionState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && OpinionWorkflow.CanAssign(state);
    }

    public static bool CanDraftReply(WorkflowActor actor, int? assignedSectionId, OpinionState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return assignedSectionId is { } section && actor.IsStaffOf(section) && OpinionWorkflow.CanDraftReply(state);
    }

    public static bool CanReturnReply(WorkflowActor actor, OpinionState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && OpinionWorkflow.CanReturnReply(state);
    }

    /// <summary>
    /// The planning office publishes a reply someone else drafted: a person holding both roles who wrote the reply
    /// (<paramref name="replyEditors"/>, from the opinion's audit trail) may not publish it (職務の分離, as for records).
    /// </summary>
    public static bool CanPublish(WorkflowActor actor, OpinionState state, bool consentToPublish, IReadOnlySet<string> replyEditors)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(replyEditors);
        return actor.IsPlanningOffice
            && OpinionWorkflow.CanPublish(state, consentToPublish)
            && !SeparationOfDuties.WroteVersion(actor, replyEditors);
    }

    public static bool CanWithhold(WorkflowActor actor, OpinionState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && OpinionWorkflow.CanWithhold(state);
    }

    /// <summary>A sender asks the city (by phone, mail or at the counter, with the receipt number); the planning office deletes.</summary>
    public static bool CanDelete(WorkflowActor actor, OpinionState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice && OpinionWorkflow.CanDelete(state);
    }
}
