using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Voice;

/// <summary>
/// The audit trail's names for what happens to an opinion (entity <see cref="EntityType"/>, key = the receipt number).
/// An opinion's audit entries carry its state, section, reason and dates, never its text, reply draft or the sender's
/// details: a deletion or a retention run must leave no copy of them behind in the audit trail.
/// </summary>
public static class OpinionActions
{
    public const string EntityType = "Opinion";

    public const string Submit = "opinion.submit";

    public const string Assign = "opinion.assign";

    public const string DraftReply = "opinion.reply";

    public const string ReturnReply = "opinion.return-reply";

    public const string Publish = "opinion.publish";

    public const string Withhold = "opinion.withhold";

    public const string Delete = "opinion.delete";

    /// <summary>A retention run erased personal data (actor 「保存期間の経過（自動）」).</summary>
    public const string Erase = "opinion.erase";

    /// <summary>A notification mail to the assigned section, sent (or tried) right after the assignment.</summary>
    public const string Mail = "opinion.mail";

    /// <summary>
    /// Who wrote the reply now awaiting publication: the actors of every draft since the latest assignment (a reassignment
    /// drops the former section's draft). <paramref name="history"/> is the opinion's audit trail, oldest first.
    /// </summary>
    public static IReadOnlySet<string> ReplyEditors(IEnumerable<(string Action, string Actor)> history) =>
        SeparationOfDuties.Editors(history, ReplyWriting, Assign);

    private static readonly IReadOnlySet<string> ReplyWriting = new HashSet<string>(StringComparer.Ordinal) { DraftReply };
}
