namespace AsoPlan.Core.Workflow;

/// <summary>
/// The yearly cycle of a measure's record: staff save drafts and submit while the entry window
/// is open; the planning office approves or returns with a comment. An approved record is changed only through
/// a correction (訂正): the planning office reopens it with a reason, and the corrected version is reviewed again.
/// </summary>
public static class PdcaWorkflow
{
    public const int MaxTextLength = 4000;

    public const int MaxShortTextLength = 500;

    public static readonly IReadOnlyList<string> SelfRatings = ["A", "B", "C", "D"];

    /// <summary>Staff may change a record only in an open window and only while it is new, draft or returned.</summary>
    public static bool StaffCanEdit(RecordState? state, bool windowOpen) =>
        windowOpen && state is null or RecordState.Draft or RecordState.Returned;

    /// <summary>As above; a record reopened for correction may be edited whatever the entry window.</summary>
    public static bool StaffCanEdit(RecordState? state, bool windowOpen, bool correcting) =>
        StaffCanEdit(state, windowOpen || correcting);

    /// <summary>Only an approved record can be reopened for correction.</summary>
    public static bool CanReopen(RecordState? state) => state == RecordState.Approved;

    /// <summary>Reopened for correction, an approved record goes back to the section as 差戻し.</summary>
    public static RecordState AfterReopen(RecordState? current) => current == RecordState.Approved
        ? RecordState.Returned
        : throw new InvalidOperationException("承認済の記録だけを訂正のために再開できます。");

    public static bool CanReview(RecordState? state) => state == RecordState.Submitted;

    /// <summary>Problems that stop a submission: each indicator needs a value or a reason, and each PDCA part its text.</summary>
    public static IReadOnlyList<string> SubmissionProblems(RecordContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<string>();
        foreach (var value in content.Values.Where(v => v.Value is null && string.IsNullOrWhiteSpace(v.NotAvailableReason)))
        {
            problems.Add($"「{value.IndicatorName}」の実績値か、未確定の理由を入力してください。");
        }

        if (string.IsNullOrWhiteSpace(content.DoText))
        {
            problems.Add("取組実績（Do）を入力してください。");
        }

        if (content.SelfRating is null || !SelfRatings.Contains(content.SelfRating))
        {
            problems.Add("自己評価（Check）をA〜Dから選んでください。");
        }

        if (string.IsNullOrWhiteSpace(content.SelfRatingReason))
        {
            problems.Add("自己評価の理由を入力してください。");
        }

        if (string.IsNullOrWhiteSpace(content.ActionText))
        {
            problems.Add("改善・今後の方向性（Action）を入力してください。");
        }

        problems.AddRange(content.Projects.Where(p => !p.IsEmpty).SelectMany(Budget.ProjectRules.SubmissionProblems));
        return problems;
    }

    public static RecordState AfterSave(RecordState? current) => current switch
    {
        RecordState.Draft or RecordState.Returned or null => RecordState.Draft,
        _ => throw new InvalidOperationException("提出済または承認済の記録は変更できません。"),
    };

    public static RecordState AfterSubmit(RecordState? current) => current switch
    {
        RecordState.Draft or RecordState.Returned or null => RecordState.Submitted,
        _ => throw new InvalidOperationException("この記録は提出できる状態ではありません。"),
    };

    public static RecordState AfterApprove(RecordState? current) => current == RecordState.Submitted
        ? RecordState.Approved
        : throw new InvalidOperationException("提出済の記録だけを承認できます。");

    public static RecordState AfterReturn(RecordState? current) => current == RecordState.Submitted
        ? RecordState.Returned
        : throw new InvalidOperationException("提出済の記録だけを差し戻せます。");
}
