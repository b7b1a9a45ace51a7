using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class ReviewQueueRulesTests
{
    private static readonly int[] Years = [2021, 2022, 2023, 2024];

    [Theory]
    [InlineData(null, false, QueueStage.NotStarted)]
    [InlineData(RecordState.Draft, true, QueueStage.Draft)]
    [InlineData(RecordState.Submitted, false, QueueStage.Submitted)]
    [InlineData(RecordState.Submitted, true, QueueStage.Resubmitted)]
    [InlineData(RecordState.Returned, true, QueueStage.Returned)]
    [InlineData(RecordState.Approved, true, QueueStage.Approved)]
    public void A_submission_after_a_return_is_a_resubmission(RecordState? state, bool returnedBefore, QueueStage expected)
    {
        Assert.Equal(expected, ReviewQueueRules.StageOf(state, returnedBefore));
    }

    [Fact]
    public void Only_submissions_and_resubmissions_wait_for_the_planning_office()
    {
        Assert.Equal(
            [QueueStage.Submitted, QueueStage.Resubmitted],
            ReviewQueueRules.Stages.Where(ReviewQueueRules.NeedsOffice));
    }

    [Fact]
    public void The_queue_opens_on_the_latest_open_year_even_when_older_years_wait()
    {
        Assert.Equal(2023, ReviewQueueRules.DefaultYear(Years, [2022, 2023], [2021], 2026));
    }

    [Fact]
    public void Without_an_open_year_the_queue_opens_on_the_latest_year_with_something_waiting()
    {
        Assert.Equal(2022, ReviewQueueRules.DefaultYear(Years, [], [2021, 2022, 2022], 2026));
    }

    [Theory]
    [InlineData(2026, 2024)] // after the period: its last year
    [InlineData(2023, 2022)] // during the period: the last year that has ended
    [InlineData(2021, 2021)] // in the period's first year: nothing has ended yet
    public void With_nothing_open_or_waiting_the_queue_opens_on_the_latest_ended_year(int currentFiscalYear, int expected)
    {
        Assert.Equal(expected, ReviewQueueRules.DefaultYear(Years, [2019], [], currentFiscalYear));
    }

    [Fact]
    public void Waiting_days_are_counted_on_the_Japanese_calendar()
    {
        var submitted = new DateTime(2025, 5, 30, 14, 0, 0, DateTimeKind.Utc); // 23:00 on 30 May in Japan
        Assert.Equal(0, ReviewQueueRules.DaysWaiting(submitted, new DateTimeOffset(2025, 5, 30, 14, 30, 0, TimeSpan.Zero)));
        Assert.Equal(1, ReviewQueueRules.DaysWaiting(submitted, new DateTimeOffset(2025, 5, 30, 15, 30, 0, TimeSpan.Zero))); // 00:30 on 31 May
    }
}
