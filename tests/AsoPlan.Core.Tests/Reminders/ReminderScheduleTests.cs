using AsoPlan.Core.Reminders;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Reminders;

public class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2025, 5, 30);

    // Opened on 1 May 2025, 10:00 in Japan.
    private static readonly DateTime OpenedUtc = new(2025, 5, 1, 1, 0, 0, DateTimeKind.Utc);

    private static readonly ReminderWindow Open = new(2024, IsOpen: true, Deadline, OpenedUtc);

    /// <summary>A moment given as a Japanese wall-clock time.</summary>
    private static DateTimeOffset Japan(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void A_closed_window_calls_for_nothing()
    {
        Assert.Empty(ReminderSchedule.Due(Open with { IsOpen = false }, Japan(5, 25), 7));
    }

    [Fact]
    public void An_opened_window_calls_for_the_opening_notice_naming_its_deadline()
    {
        var due = Assert.Single(ReminderSchedule.Due(Open, Japan(5, 1, 10), 7));

        Assert.Equal(ReminderKind.WindowOpened, due.Kind);
        Assert.Equal(Deadline, due.Deadline);
        Assert.Equal(29, due.DaysLeft);
        Assert.Equal(2024, due.FiscalYear);
    }

    [Theory]
    [InlineData(5, 22, 0)] // 8 days before: too early
    [InlineData(5, 23, 1)] // exactly 7 days before
    [InlineData(5, 29, 1)]
    [InlineData(5, 30, 1)] // the deadline itself
    [InlineData(5, 31, 0)] // past the deadline: no reminder at all
    public void The_deadline_reminder_runs_from_N_days_before_to_the_deadline(int month, int day, int expected)
    {
        var due = ReminderSchedule.Due(Open, Japan(month, day), 7);

        Assert.Equal(expected, due.Count(d => d.Kind == ReminderKind.DeadlineApproaching));
    }

    [Fact]
    public void Days_are_counted_on_the_Japanese_calendar_not_in_UTC()
    {
        // 23 May 00:30 in Japan is still 22 May in UTC: already 7 days before the deadline in Japan.
        var justAfterMidnight = new DateTimeOffset(2025, 5, 22, 15, 30, 0, TimeSpan.Zero);

        var reminder = Assert.Single(ReminderSchedule.Due(Open, justAfterMidnight, 7), d => d.Kind == ReminderKind.DeadlineApproaching);

        Assert.Equal(7, reminder.DaysLeft);
    }

    [Fact]
    public void Without_a_deadline_or_with_zero_days_there_is_no_deadline_reminder()
    {
        Assert.DoesNotContain(ReminderSchedule.Due(Open with { Deadline = null }, Japan(5, 29), 7), d => d.Kind == ReminderKind.DeadlineApproaching);
        Assert.DoesNotContain(ReminderSchedule.Due(Open, Japan(5, 29), 0), d => d.Kind == ReminderKind.DeadlineApproaching);
    }

    [Fact]
    public void A_window_opened_inside_the_reminder_days_gets_only_the_opening_notice()
    {
        var openedLate = Open with { OpenedAt = new DateTime(2025, 5, 25, 0, 0, 0, DateTimeKind.Utc) };

        var due = Assert.Single(ReminderSchedule.Due(openedLate, Japan(5, 26), 7));

        Assert.Equal(ReminderKind.WindowOpened, due.Kind);
    }

    [Fact]
    public void A_window_opened_before_reminders_existed_gets_no_opening_notice_but_the_deadline_reminder()
    {
        var due = Assert.Single(ReminderSchedule.Due(Open with { OpenedAt = null }, Japan(5, 28), 7));

        Assert.Equal(ReminderKind.DeadlineApproaching, due.Kind);
    }

    [Fact]
    public void Reopening_or_moving_the_deadline_makes_a_new_occasion()
    {
        var first = ReminderSchedule.Due(Open, Japan(5, 24), 7);
        var reopened = ReminderSchedule.Due(Open with { OpenedAt = OpenedUtc.AddDays(1) }, Japan(5, 24), 7);
        var moved = ReminderSchedule.Due(Open with { Deadline = Deadline.AddDays(2) }, Japan(5, 26), 7);

        string Occasion(IReadOnlyList<DueReminder> due, ReminderKind kind) => due.Single(d => d.Kind == kind).Occasion;
        Assert.NotEqual(Occasion(first, ReminderKind.WindowOpened), Occasion(reopened, ReminderKind.WindowOpened));
        Assert.NotEqual(Occasion(first, ReminderKind.DeadlineApproaching), Occasion(moved, ReminderKind.DeadlineApproaching));
        Assert.Equal(Occasion(first, ReminderKind.DeadlineApproaching), Occasion(ReminderSchedule.Due(Open, Japan(5, 29), 7), ReminderKind.DeadlineApproaching));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(RecordState.Draft, true)]
    [InlineData(RecordState.Returned, true)]
    [InlineData(RecordState.Submitted, false)]
    [InlineData(RecordState.Approved, false)]
    public void Unstarted_draft_and_returned_records_are_outstanding(RecordState? state, bool outstanding)
    {
        Assert.Equal(outstanding, ReminderSchedule.Outstanding(state));
    }

    [Fact]
    public void Each_occasion_is_named_by_its_moment_so_a_reminder_is_sent_once_per_occasion()
    {
        var due = ReminderSchedule.Due(Open, Japan(5, 29), 7);

        Assert.Equal("opened 2025-05-01T01:00:00Z", Assert.Single(due, d => d.Kind == ReminderKind.WindowOpened).Occasion);
        Assert.Equal("2025-05-30", Assert.Single(due, d => d.Kind == ReminderKind.DeadlineApproaching).Occasion);
    }

    [Fact]
    public void Zero_reminder_days_send_no_deadline_reminder_even_on_the_deadline()
    {
        Assert.DoesNotContain(ReminderSchedule.Due(Open, Japan(5, 30), 0), d => d.Kind == ReminderKind.DeadlineApproaching);
    }

    [Fact]
    public void A_window_opened_on_the_first_reminder_day_gets_only_the_opening_notice()
    {
        // 7 days before 30 May is 23 May: opened that morning (Japan), the opening notice already names the deadline
        var openedThatDay = Open with { OpenedAt = new DateTime(2025, 5, 23, 0, 30, 0, DateTimeKind.Utc) };

        Assert.Equal(ReminderKind.WindowOpened, Assert.Single(ReminderSchedule.Due(openedThatDay, Japan(5, 24), 7)).Kind);
    }
}
