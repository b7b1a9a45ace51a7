using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Reminders;

namespace AsoPlan.Core.ExternalReview;

/// <summary>When a review round may open, which year is under review, and when findings may be recorded.</summary>
public static class ReviewRoundRules
{
    /// <summary>
    /// Why a round for <paramref name="fiscalYear"/> cannot be opened now, or null. Only a year of the plan period that
    /// has ended can be reviewed (its actuals are in), and one round at a time: the committee reviews one year's evaluation.
    /// </summary>
    public static string? OpenProblem(int fiscalYear, IReadOnlyCollection<int> periodYears, int currentFiscalYear, IEnumerable<RoundStatus> rounds)
    {
        ArgumentNullException.ThrowIfNull(periodYears);
        ArgumentNullException.ThrowIfNull(rounds);
        if (!periodYears.Contains(fiscalYear))
        {
            return "計画期間の年度を選んでください。";
        }

        if (fiscalYear >= currentFiscalYear)
        {
            return $"{new FiscalYear(fiscalYear).ToWareki()}はまだ終わっていないため、外部評価を開始できません。";
        }

        var other = rounds.FirstOrDefault(r => r.IsOpen && r.FiscalYear != fiscalYear);
        return other is null
            ? null
            : $"{new FiscalYear(other.FiscalYear).ToWareki()}の外部評価が受付中です。先に受付を終了してください。";
    }

    /// <summary>
    /// The year under review: that of the round opened most recently, open or since closed (the committee meets after the
    /// reviewers have finished, and still reads that year). Null before any round was opened.
    /// </summary>
    public static int? YearUnderReview(IEnumerable<RoundStatus> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        return rounds.Where(r => r.OpenedAt is not null)
            .OrderByDescending(r => r.OpenedAt)
            .ThenByDescending(r => r.FiscalYear)
            .Select(r => (int?)r.FiscalYear)
            .FirstOrDefault();
    }

    /// <summary>Findings are recorded, and changed, only while the year's round is open; closing it makes them final.</summary>
    public static bool AcceptsFindings(RoundStatus? round, int fiscalYear) => round is { IsOpen: true } && round.FiscalYear == fiscalYear;

    /// <summary>The round as the reminder rules read an entry window, so reviewers can be reminded of its deadline the same way.</summary>
    public static ReminderWindow AsReminderWindow(RoundStatus round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new ReminderWindow(round.FiscalYear, round.IsOpen, round.Deadline, round.OpenedAt);
    }
}
