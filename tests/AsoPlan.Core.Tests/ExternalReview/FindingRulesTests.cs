using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.ExternalReview;

public class FindingRulesTests
{
    [Fact]
    public void The_ratings_read_as_the_review_sheet_says()
    {
        Assert.Equal(["妥当", "一部見直しが必要", "見直しが必要"], FindingRatingLabels.All.Select(r => r.Japanese()));
    }

    [Fact]
    public void Appropriate_needs_no_text()
    {
        Assert.Empty(ReviewerFindingRules.Problems(FindingRating.Appropriate, null));
        Assert.Empty(ReviewerFindingRules.Problems(FindingRating.Appropriate, "指標の選び方が適切。"));
    }

    [Theory]
    [InlineData(FindingRating.PartlyNeedsReview, "評価を「一部見直しが必要」とする場合は、見直しが必要な点（意見）を入力してください。")]
    [InlineData(FindingRating.NeedsReview, "評価を「見直しが必要」とする場合は、見直しが必要な点（意見）を入力してください。")]
    public void Anything_short_of_appropriate_must_say_what(FindingRating rating, string message)
    {
        var problem = Assert.Single(ReviewerFindingRules.Problems(rating, "  "));

        Assert.Equal(ReviewerFindingRules.TextField, problem.Field);
        Assert.Equal(message, problem.Message);
        Assert.Empty(ReviewerFindingRules.Problems(rating, "目標値の根拠を示すべき。"));
    }

    [Fact]
    public void A_missing_or_unknown_rating_and_a_long_text_are_refused()
    {
        Assert.Equal(
            [
                (ReviewerFindingRules.RatingField, "評価（妥当・一部見直しが必要・見直しが必要）を選んでください。"),
                (ReviewerFindingRules.TextField, "意見は2,000文字以内で入力してください（現在2,001文字）。"),
            ],
            ReviewerFindingRules.Problems((FindingRating)7, new string('a', 2001)).Select(p => (p.Field, p.Message)));
        Assert.Single(ReviewerFindingRules.Problems(null, null));
    }

    [Fact]
    public void A_committee_draft_may_be_blank_but_publication_needs_all_three()
    {
        var blank = new CommitteeFindingContent(null, null, " ");

        Assert.Empty(CommitteeFindingWorkflow.ContentProblems(blank, forPublication: false));
        Assert.Equal(
            [CommitteeFindingWorkflow.RatingField, CommitteeFindingWorkflow.CommitteeOpinionField, CommitteeFindingWorkflow.CityResponseField],
            CommitteeFindingWorkflow.ContentProblems(blank, forPublication: true).Select(p => p.Field));
        Assert.Empty(CommitteeFindingWorkflow.ContentProblems(new(FindingRating.PartlyNeedsReview, "成果指標の見直しを。", "令和5年度に指標を追加する。"), forPublication: true));
    }

    [Fact]
    public void A_draft_is_published_once_and_then_changed_only_by_correction()
    {
        Assert.Equal(CommitteeFindingState.Draft, CommitteeFindingWorkflow.AfterSaveDraft(null));
        Assert.Equal(CommitteeFindingState.Published, CommitteeFindingWorkflow.AfterPublish(CommitteeFindingState.Draft));
        Assert.Throws<InvalidOperationException>(() => CommitteeFindingWorkflow.AfterPublish(CommitteeFindingState.Published));
        Assert.Throws<InvalidOperationException>(() => CommitteeFindingWorkflow.AfterPublish(null));
        Assert.False(CommitteeFindingWorkflow.CanSaveDraft(CommitteeFindingState.Published));
        Assert.Equal("公表済の審議会の意見は、訂正として変更してください。",
            Assert.Throws<InvalidOperationException>(() => CommitteeFindingWorkflow.AfterSaveDraft(CommitteeFindingState.Published)).Message);
    }

    [Fact]
    public void Publication_waits_for_the_round_to_close_and_the_evaluation_to_be_approved()
    {
        Assert.Equal("令和3年度の外部評価は受付中です。受付を終了してから公表してください。",
            CommitteeFindingWorkflow.PublishBlocker(2021, roundOpen: true, RecordState.Approved));
        Assert.Equal("この施策の令和3年度の評価はまだ承認・公表されていないため、審議会の意見を公表できません。",
            CommitteeFindingWorkflow.PublishBlocker(2021, roundOpen: false, RecordState.Returned));
        Assert.Null(CommitteeFindingWorkflow.PublishBlocker(2021, roundOpen: false, RecordState.Approved));
    }

    [Fact]
    public void A_correction_needs_a_reason_and_reads_as_a_dated_note()
    {
        Assert.Equal("訂正の理由を入力してください。", CommitteeFindingWorkflow.CheckCorrectionReason(" ").Error);
        Assert.Equal(
            "令和9年2月1日 訂正: 市の対応方針（事業名の誤記のため）",
            CommitteeFindingWorkflow.CorrectionNote(new DateOnly(2027, 2, 1), ["市の対応方針"], "事業名の誤記のため"));
    }
}
