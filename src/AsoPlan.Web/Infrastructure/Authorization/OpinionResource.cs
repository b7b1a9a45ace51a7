using AsoPlan.Core.Voice;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>
/// A citizen's opinion as authorization sees it: the section it is assigned to now, its state, the sender's consent, and
/// who wrote the reply awaiting publication (<see cref="ReplyEditors"/>, for the separation of duties).
/// </summary>
public sealed record OpinionResource(long Id, int? AssignedSectionId, OpinionState State, bool ConsentToPublish)
{
    public IReadOnlySet<string> ReplyEditors { get; init; } = new HashSet<string>();
}
