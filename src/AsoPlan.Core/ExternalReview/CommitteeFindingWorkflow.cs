using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.ExternalReview;

/// <summary>
/// The committee's finding on a measure's yearly evaluation and the city's response: the planning office drafts them
/// (blanks allowed), then publishes them together once the round is closed and that year's record is approved. A
/// published finding is never rewritten silently: a correction needs a reason and adds a dated public note.
/// </summary>
public static class CommitteeFindingWorkflow
{
    public const int MaxTextLength = 4000;

    public const int MaxReasonLength = 500;

    public const string RatingField = "Rating";

    public const string CommitteeOpinionField = "CommitteeOpinion";

    public const string CityResponseField = "CityResponse";

    /// <summary>A draft is written and rewritten until it is published; a published one changes only by correction.</summary>
    public static bool CanSaveDraft(CommitteeFindingState? state) => state is null or CommitteeFindingState.Draft;

    public static CommitteeFindingState AfterSaveDraft(CommitteeFindingState? current) => CanSaveDraft(current)
        ? CommitteeFindingState.Draft
        : throw new InvalidOperationException("公表済の審議会の意見は、訂正として変更してください。");

    public static CommitteeFindingState AfterPublish(CommitteeFindingState? current) => current == CommitteeFindingState.Draft
        ? CommitteeFindingState.Published
        : throw new InvalidOperationException("下書きの審議会の意見だけを公表できます。");

    /// <summary>Problems with the texts as typed, for a draft (nothing required) or for publication (everything required).</summary>
    public static IReadOnlyList<FindingProblem> ContentProblems(CommitteeFindingContent content, bool forPublication)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<FindingProblem>();
        if (forPublication && (content.Rating is null || !FindingRatingLabels.All.Contains(content.Rating.Value)))
        {
            problems.Add(new(RatingField, "審議会の評価（妥当・一部見直しが必要・見直しが必要）を選んでください。"));
        }

        AddText(problems, CommitteeOpinionField, content.CommitteeOpinion, "審議会の意見", forPublication);
        AddText(problems, CityResponseField, content.CityResponse, "市の対応方針", forPublication);
        return problems;
    }

    /// <summary>
    /// Why a complete finding still cannot be published, or null: the reviewers are still at work while the round is open,
    /// and a finding sits beside an approved evaluation, never beside one the public cannot see.
    /// </summary>
    public static string? PublishBlocker(int fiscalYear, bool roundOpen, RecordState? recordState)
    {
        var year = new FiscalYear(fiscalYear).ToWareki();
        if (roundOpen)
        {
            return $"{year}の外部評価は受付中です。受付を終了してから公表してください。";
        }

        return recordState == RecordState.Approved
            ? null
            : $"この施策の{year}の評価はまだ承認・公表されていないため、審議会の意見を公表できません。";
    }

    /// <summary>The reason a published finding or response is corrected (required), checked like any short text.</summary>
    public static TextCheck CheckCorrectionReason(string? reason) => TextInput.Check(reason, "訂正の理由", MaxReasonLength, required: true);

    /// <summary>The dated public note a correction adds, e.g. 「令和9年2月1日 訂正: 市の対応方針（事業名の誤記のため）」.</summary>
    public static string CorrectionNote(DateOnly date, IEnumerable<string> changedParts, string reason)
    {
        ArgumentNullException.ThrowIfNull(changedParts);
        ArgumentNullException.ThrowIfNull(reason);
        return $"{JapanCalendar.WarekiDate(date, weekday: false)} 訂正: {string.Join("・", changedParts)}（{reason}）";
    }

    private static void AddText(List<FindingProblem> problems, string field, string? text, string label, bool required)
    {
        var check = TextInput.Check(text, label, MaxTextLength, required);
        if (!check.Succeeded)
        {
            problems.Add(new(field, check.Error!));
        }
    }
}
