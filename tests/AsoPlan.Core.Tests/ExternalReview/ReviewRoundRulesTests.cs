using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Reminders;

namespace AsoPlan.Core.Tests.ExternalReview;

public class ReviewRoundRulesTests
{
    private static readonly int[] Period = [2021, 2022, 2023, 2024];

    private static RoundStatus Round(int year, bool open, int openedMonth) =>
        new(year, open, null, new DateTime(2026, openedMonth, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_year_of_the_period_that_has_ended_can_be_opened()
    {
        Assert.Null(ReviewRoundRules.OpenProblem(2021, Period, currentFiscalYear: 2026, []));
    }

    [Fact]
    public void A_year_still_under_way_or_outside_the_period_cannot()
    {
        Assert.Equal("令和6年度はまだ終わっていないため、外部評価を開始できません。", ReviewRoundRules.OpenProblem(2024, Period, currentFiscalYear: 2024, []));
        Assert.Equal("計画期間の年度を選んでください。", ReviewRoundRules.OpenProblem(2019, Period, currentFiscalYear: 2026, []));
    }

    [Fact]
    public void One_round_is_open_at_a_time()
    {
        Assert.Equal(
            "令和3年度の外部評価が受付中です。先に受付を終了してください。",
            ReviewRoundRules.OpenProblem(2022, Period, 2026, [Round(2021, open: true, 5)]));
        Assert.Null(ReviewRoundRules.OpenProblem(2022, Period, 2026, [Round(2021, open: false, 5)]));
        Assert.Null(ReviewRoundRules.OpenProblem(2021, Period, 2026, [Round(2021, open: true, 5)]));
    }

    [Fact]
    public void The_year_under_review_is_that_of_the_round_opened_last_even_after_it_closed()
    {
        Assert.Null(ReviewRoundRules.YearUnderReview([]));
        Assert.Null(ReviewRoundRules.YearUnderReview([new RoundStatus(2021, false, null, null)]));
        Assert.Equal(2022, ReviewRoundRules.YearUnderReview([Round(2021, false, 5), Round(2022, false, 9)]));
        Assert.Equal(2021, ReviewRoundRules.YearUnderReview([Round(2022, false, 5), Round(2021, true, 9)]));
    }

    [Fact]
    public void A_round_reminds_reviewers_by_the_entry_window_rules()
    {
        var round = new RoundStatus(2021, true, new DateOnly(2026, 12, 10), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

        var due = ReminderSchedule.Due(ReviewRoundRules.AsReminderWindow(round), new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(9)), daysBeforeClose: 7);

        Assert.Contains(due, d => d.Kind == ReminderKind.DeadlineApproaching && d.FiscalYear == 2021);
        Assert.Empty(ReminderSchedule.Due(ReviewRoundRules.AsReminderWindow(round with { IsOpen = false }), DateTimeOffset.UtcNow, 7));
    }
}
