using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Periods;

/// <summary>
/// How the planning office's 総括 texts are written and approved (docs/plan-administration.md): a draft needs 成果 or
/// 課題 (each one text of at most 4,000 characters, the record forms' rule); only a waiting draft can be approved, only
/// the version the approver read, and never by someone who wrote it since the last approval (職務の分離).
/// </summary>
public static class FinalReviewTexts
{
    public const int MaxLength = PdcaWorkflow.MaxTextLength;

    public const string SaveAction = "final-review.save";

    public const string ApproveAction = "final-review.approve";

    public const string EntityType = nameof(FinalReviewText);

    private static readonly HashSet<string> EditingActions = new(StringComparer.Ordinal) { SaveAction };

    /// <summary>The audit key: <c>{period code}/M{n}</c> for a measure, <c>{period code}/period</c> for the whole period.</summary>
    public static string AuditKey(string periodCode, int? measureNumber) =>
        measureNumber is { } n ? FormattableString.Invariant($"{periodCode}/M{n}") : $"{periodCode}/period";

    /// <summary>The two texts checked, or the messages per field (<c>Results</c>, <c>Issues</c>); at least one is required.</summary>
    public static (string? Results, string? Issues, IReadOnlyDictionary<string, string> Problems) Check(string? results, string? issues)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var r = TextInput.Check(results, "成果", MaxLength);
        var i = TextInput.Check(issues, "課題", MaxLength);
        if (!r.Succeeded)
        {
            problems["Results"] = r.Error!;
        }

        if (!i.Succeeded)
        {
            problems["Issues"] = i.Error!;
        }

        if (problems.Count == 0 && r.Text is null && i.Text is null)
        {
            problems["Results"] = "成果か課題のどちらかを入力してください。";
        }

        return (r.Text, i.Text, problems);
    }

    /// <summary>Why <paramref name="actor"/> may not approve the text now, or null when they may.</summary>
    /// <param name="history">The text's audit trail (action, actor), oldest first.</param>
    public static string? ApproveProblem(FinalReviewText text, Guid postedVersion, string actor, IEnumerable<(string Action, string Actor)> history)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.HasDraft)
        {
            return "承認を待っている下書きはありません。";
        }

        if (text.Version != postedVersion)
        {
            return "下書きが変更されました。内容を確認してから、もう一度承認してください。";
        }

        return Editors(history).Contains(actor)
            ? "この文章は、あなたが入力したため承認できません（職務の分離）。別の企画担当者が確認してください。"
            : null;
    }

    /// <summary>Who wrote the draft now waiting: everyone who saved one since the last approval.</summary>
    public static IReadOnlySet<string> Editors(IEnumerable<(string Action, string Actor)> history) =>
        SeparationOfDuties.Editors(history, EditingActions, ApproveAction);

    /// <summary>The approved draft becomes the public text.</summary>
    public static void Approve(FinalReviewText text, string actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(text);
        (text.Results, text.Issues) = (text.DraftResults, text.DraftIssues);
        (text.DraftResults, text.DraftIssues, text.HasDraft) = (null, null, false);
        (text.ApprovedAt, text.ApprovedBy) = (nowUtc, actor);
    }
}
