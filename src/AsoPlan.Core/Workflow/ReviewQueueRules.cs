using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Workflow;

/// <summary>The planning office's review queue: which records wait for it, since when, and which year it opens on.</summary>
public static class ReviewQueueRules
{
    /// <summary>The stages in the order the queue lists and counts them: what waits for the office first.</summary>
    public static IReadOnlyList<QueueStage> Stages { get; } =
        [QueueStage.Submitted, QueueStage.Resubmitted, QueueStage.NotStarted, QueueStage.Draft, QueueStage.Returned, QueueStage.Approved];

    /// <param name="returnedBefore">The record was returned (or reopened) at least once, so a submission is a resubmission.</param>
    public static QueueStage StageOf(RecordState? state, bool returnedBefore) => state switch
    {
        null => QueueStage.NotStarted,
        RecordState.Draft => QueueStage.Draft,
        RecordState.Submitted => returnedBefore ? QueueStage.Resubmitted : QueueStage.Submitted,
        RecordState.Returned => QueueStage.Returned,
        RecordState.Approved => QueueStage.Approved,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Stages that wait for the planning office (review, approve or return).</summary>
    public static bool NeedsOffice(QueueStage stage) => stage is QueueStage.Submitted or QueueStage.Resubmitted;

    public static string Label(this QueueStage stage) => stage switch
    {
        QueueStage.NotStarted => "未入力",
        QueueStage.Draft => "下書き",
        QueueStage.Submitted => "提出済",
        QueueStage.Resubmitted => "再提出",
        QueueStage.Returned => "差戻し",
        QueueStage.Approved => "承認済",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>
    /// The year the queue opens on: the latest year whose entry window is open (the year under way); else the
    /// latest year with anything waiting for the office; else the latest year of the period that has ended by
    /// <paramref name="currentFiscalYear"/>, or the period's first year when none has.
    /// </summary>
    public static int? DefaultYear(IReadOnlyList<int> years, IEnumerable<int> openYears, IEnumerable<int> awaitingYears, int currentFiscalYear)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
        {
            return null;
        }

        var open = openYears.Where(years.Contains).DefaultIfEmpty(0).Max();
        if (open > 0)
        {
            return open;
        }

        var awaiting = awaitingYears.Where(years.Contains).DefaultIfEmpty(0).Max();
        if (awaiting > 0)
        {
            return awaiting;
        }

        var ended = years.Where(y => y < currentFiscalYear).DefaultIfEmpty(0).Max();
        return ended > 0 ? ended : years.Min();
    }

    /// <summary>Calendar days in Japan a record has waited since <paramref name="sinceUtc"/> (0 on the day itself).</summary>
    public static int DaysWaiting(DateTime sinceUtc, DateTimeOffset now) =>
        JapanCalendar.Today(now).DayNumber - JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(sinceUtc, DateTimeKind.Utc))).DayNumber;
}
