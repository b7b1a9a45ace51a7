using AsoPlan.Core.Periods;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Periods;

public sealed class FinalReviewTextsTests
{
    private static readonly Guid Read = Guid.NewGuid();

    [Fact]
    public void A_draft_needs_results_or_issues_and_each_is_checked_like_a_record_text()
    {
        Assert.Equal("成果か課題のどちらかを入力してください。", FinalReviewTexts.Check(" ", null).Problems["Results"]);
        Assert.Empty(FinalReviewTexts.Check(null, "課題だけ").Problems);
        Assert.Equal("課題は4,000文字以内で入力してください（現在4,001文字）。", FinalReviewTexts.Check("成果", new string('あ', 4001)).Problems["Issues"]);
        Assert.Equal("成果に使用できない制御文字が含まれています。", FinalReviewTexts.Check("a\u0007", null).Problems["Results"]);
        Assert.Equal(("成果", (string?)null), (FinalReviewTexts.Check(" 成果 ", "").Results, FinalReviewTexts.Check(" 成果 ", "").Issues));
    }

    [Fact]
    public void Whoever_wrote_the_draft_since_the_last_approval_cannot_approve_it()
    {
        var text = Draft();
        (string, string)[] history = [(FinalReviewTexts.SaveAction, "a@x"), (FinalReviewTexts.ApproveAction, "b@x"), (FinalReviewTexts.SaveAction, "c@x")];

        Assert.Contains("職務の分離", FinalReviewTexts.ApproveProblem(text, Read, "c@x", history), StringComparison.Ordinal);
        Assert.Null(FinalReviewTexts.ApproveProblem(text, Read, "a@x", history)); // a's draft was approved before: a may check c's
    }

    [Fact]
    public void Only_a_waiting_draft_and_only_the_version_read_can_be_approved()
    {
        Assert.Equal("承認を待っている下書きはありません。", FinalReviewTexts.ApproveProblem(new FinalReviewText(), Read, "b@x", []));
        Assert.Contains("下書きが変更されました", FinalReviewTexts.ApproveProblem(Draft(), Guid.NewGuid(), "b@x", []), StringComparison.Ordinal);
    }

    [Fact]
    public void Approving_makes_the_draft_public_and_clears_it()
    {
        var text = Draft();
        text.Results = "前の成果";
        var at = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        FinalReviewTexts.Approve(text, "b@x", at);

        Assert.Equal(("新しい成果", "新しい課題", false, (string?)null), (text.Results, text.Issues, text.HasDraft, text.DraftResults));
        Assert.Equal((at, "b@x"), (text.ApprovedAt!.Value, text.ApprovedBy));
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 120, BaselineChange.Improved)]
    [InlineData(IndicatorDirection.Increase, 105, BaselineChange.Unchanged)]
    [InlineData(IndicatorDirection.Increase, 100, BaselineChange.Worse)]
    [InlineData(IndicatorDirection.Decrease, 100, BaselineChange.Improved)]
    [InlineData(IndicatorDirection.Decrease, 110, BaselineChange.Worse)]
    public void The_change_from_the_baseline_follows_the_engines_flag_in_the_desired_direction(IndicatorDirection direction, int final, BaselineChange expected)
    {
        var goal = new IndicatorGoal(direction, 0, 2020, 105m, 2024, direction == IndicatorDirection.Increase ? 120m : 90m);
        var achievement = AchievementCalculator.Default.Evaluate(goal, 2024, final);

        Assert.Equal(expected, FinalResults.ChangeFromBaseline(goal, achievement));
        Assert.Equal(final - goal.TargetValue, FinalResults.DifferenceFromTarget(achievement));
    }

    [Fact]
    public void Without_a_baseline_or_a_final_value_there_is_no_change_to_tell()
    {
        var goal = new IndicatorGoal(IndicatorDirection.Increase, 0, null, null, 2024, 80m);
        Assert.Equal(BaselineChange.None, FinalResults.ChangeFromBaseline(goal, AchievementCalculator.Default.Evaluate(goal, 2024, 60m)));
        Assert.Equal(BaselineChange.None, FinalResults.ChangeFromBaseline(goal, null));
        Assert.Null(FinalResults.DifferenceFromTarget(null));
    }

    private static FinalReviewText Draft() => new() { HasDraft = true, DraftResults = "新しい成果", DraftIssues = "新しい課題", Version = Read };
}
