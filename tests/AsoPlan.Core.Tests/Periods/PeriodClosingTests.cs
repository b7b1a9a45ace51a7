using AsoPlan.Core.Periods;

namespace AsoPlan.Core.Tests.Periods;

public sealed class PeriodClosingTests
{
    private static readonly DateTime Earlier = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_period_the_office_never_touched_closes_when_its_target_year_is_all_approved(bool allApproved, bool closed) =>
        Assert.Equal(closed, PeriodClosing.IsClosed(new PeriodClosure(null, null), allApproved));

    [Fact]
    public void Closing_explicitly_closes_even_before_the_records_are_approved() =>
        Assert.True(PeriodClosing.IsClosed(new PeriodClosure(Earlier, null), targetYearAllApproved: false));

    [Fact]
    public void A_reopening_keeps_the_period_open_although_every_record_is_approved() =>
        Assert.False(PeriodClosing.IsClosed(new PeriodClosure(null, Later), targetYearAllApproved: true));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_later_of_closing_and_reopening_counts(bool closedLast)
    {
        var closure = closedLast ? new PeriodClosure(Later, Earlier) : new PeriodClosure(Earlier, Later);

        Assert.Equal(closedLast, PeriodClosing.IsClosed(closure, targetYearAllApproved: false));
    }

    [Fact]
    public void A_window_of_a_closed_periods_year_is_refused_and_other_years_are_not()
    {
        Assert.Equal(
            "令和6年度の計画期間は終了しています。入力期間を開くには、先に計画期間を理由を付けて再開してください。",
            PeriodClosing.OpenWindowProblem(periodClosed: true, 2021, 2024, 2024));
        Assert.Null(PeriodClosing.OpenWindowProblem(periodClosed: true, 2021, 2024, 2025));
        Assert.Null(PeriodClosing.OpenWindowProblem(periodClosed: false, 2021, 2024, 2024));
    }

    [Fact]
    public void Closing_and_reopening_need_a_reason_of_at_most_500_characters()
    {
        Assert.Equal("終了の理由を入力してください。", PeriodClosing.Reason(" ", reopening: false).Error);
        Assert.Equal("再開の理由を入力してください。", PeriodClosing.Reason(null, reopening: true).Error);
        Assert.StartsWith("再開の理由は500文字以内", PeriodClosing.Reason(new string('あ', 501), reopening: true).Error, StringComparison.Ordinal);
        Assert.Equal("令和6年度の実績の訂正のため", PeriodClosing.Reason(" 令和6年度の実績の訂正のため ", reopening: true).Text);
    }
}
