using System.Globalization;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Reminders;

/// <summary>
/// Which reminders an entry window calls for at a given moment. The deadline is a date in Japan, so
/// "days left" counts Japanese calendar days: on the deadline itself there are 0 days left.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// Due reminders, in order of urgency. An open window with a known opening calls for the opening
    /// notice until its deadline has passed; with a deadline and <paramref name="daysBeforeClose"/> &gt; 0 it
    /// calls for the deadline reminder from that many days before the deadline up to the deadline itself,
    /// unless the window was opened within that time (the opening notice already named the deadline).
    /// </summary>
    public static IReadOnlyList<DueReminder> Due(ReminderWindow window, DateTimeOffset now, int daysBeforeClose)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (!window.IsOpen)
        {
            return [];
        }

        int? daysLeft = window.Deadline is { } d ? JapanCalendar.DaysUntil(d, now) : null;
        if (daysLeft < 0)
        {
            return [];
        }

        var due = new List<DueReminder>();
        if (window.OpenedAt is { } opened)
        {
            due.Add(new(window.FiscalYear, ReminderKind.WindowOpened, OpeningOccasion(opened), window.Deadline, daysLeft));
        }

        if (window.Deadline is { } deadline && daysBeforeClose > 0 && daysLeft <= daysBeforeClose)
        {
            var remindFrom = deadline.AddDays(-daysBeforeClose);
            var openedLate = window.OpenedAt is { } o && JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(o, DateTimeKind.Utc))) >= remindFrom;
            if (!openedLate)
            {
                due.Add(new(window.FiscalYear, ReminderKind.DeadlineApproaching, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), deadline, daysLeft));
            }
        }

        return due;
    }

    /// <summary>Records that still have to be submitted: not yet started, drafts and returned ones.</summary>
    public static bool Outstanding(RecordState? state) => state is null or RecordState.Draft or RecordState.Returned;

    private static string OpeningOccasion(DateTime openedUtc) =>
        "opened " + DateTime.SpecifyKind(openedUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
