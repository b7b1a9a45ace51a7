using AsoPlan.Core.PlanEditing;

namespace AsoPlan.Core.Tests.PlanEditing;

public class IndicatorLifecycleTests
{
    [Fact]
    public void Only_an_indicator_without_entered_actuals_may_be_deleted()
    {
        Assert.True(IndicatorLifecycle.CanDelete(hasEnteredActuals: false));
        Assert.False(IndicatorLifecycle.CanDelete(hasEnteredActuals: true));
    }

    [Fact]
    public void Retiring_after_the_last_entered_year_is_allowed()
    {
        Assert.Null(IndicatorLifecycle.RetirementProblem(2023, latestEnteredYear: 2022, periodStartFiscalYear: 2021, alreadyRetired: false));
        Assert.Null(IndicatorLifecycle.RetirementProblem(2021, latestEnteredYear: null, periodStartFiscalYear: 2021, alreadyRetired: false));
    }

    [Fact]
    public void Retiring_from_a_year_that_already_has_an_actual_is_refused_with_the_first_possible_year()
    {
        var problem = IndicatorLifecycle.RetirementProblem(2022, latestEnteredYear: 2022, periodStartFiscalYear: 2021, alreadyRetired: false);

        Assert.Equal("令和4年度の実績がすでに入力されています。廃止する年度は令和5年度以降にしてください。", problem);
    }

    [Fact]
    public void Retiring_before_the_period_or_twice_is_refused()
    {
        Assert.NotNull(IndicatorLifecycle.RetirementProblem(2020, null, 2021, alreadyRetired: false));
        Assert.NotNull(IndicatorLifecycle.RetirementProblem(2023, null, 2021, alreadyRetired: true));
    }

    [Fact]
    public void A_revision_note_reads_with_the_wareki_year_of_the_change()
    {
        Assert.Equal(
            "令和4年度に目標値を変更（有害鳥獣捕獲従事者数: 120人 → 130人）: 国の基準が改定されたため",
            RevisionText.Format(2022, "目標値を変更", "有害鳥獣捕獲従事者数: 120人 → 130人", "国の基準が改定されたため"));
        Assert.Equal("令和元年度に施策の文章を変更: 誤字の修正", RevisionText.Format(2019, "施策の文章を変更", null, "誤字の修正"));
    }

    [Fact]
    public void The_refusals_say_what_to_do()
    {
        Assert.Equal("廃止する年度は令和3年度以降にしてください。", IndicatorLifecycle.RetirementProblem(2020, null, 2021, alreadyRetired: false));
        Assert.Equal("この指標はすでに廃止されています。", IndicatorLifecycle.RetirementProblem(2023, null, 2021, alreadyRetired: true));
    }
}
