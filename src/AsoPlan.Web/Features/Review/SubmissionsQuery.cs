using System.Globalization;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The planning office's review queue: every measure of the current period × every entry year (a year nobody has
/// started shows as 未入力 rather than being missing), by default only this year's records waiting for the office,
/// longest waiting first.
/// </summary>
public sealed class SubmissionsQuery(AsoPlanDbContext db, EntryYears entryYears, TimeProvider clock)
{
    /// <summary>Audit actions after which a submission is a resubmission (a return, or reopening for correction).</summary>
    private static readonly string[] ReturnActions = ["record.return", "record.reopen"];

    public async Task<SubmissionList> LoadAsync(string? year, string? state, string? section, CancellationToken cancellationToken = default)
    {
        var years = await entryYears.AllAsync(cancellationToken);
        var sections = await db.Sections.AsNoTracking()
            .Where(s => db.Measures.Any(m => m.OwnerSectionId == s.Id && m.Policy!.PlanPeriod!.IsCurrent))
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionOption(s.Code, s.Name))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var all = await RowsAsync(years, now, cancellationToken);

        var notices = new List<string>();
        if (!string.IsNullOrEmpty(state) && !QueueFilter.IsState(state))
        {
            notices.Add($"状態「{state}」は選べません。{QueueFilter.StateLabel(QueueFilter.NeedsOffice)}を表示しています。");
        }

        if (!string.IsNullOrEmpty(section) && !sections.Any(s => s.Code == section))
        {
            notices.Add($"担当課「{section}」は選べません。すべての課を表示しています。");
        }

        var filter = new QueueFilter(
            await YearAsync(year, years, all, now, notices, cancellationToken),
            QueueFilter.IsState(state) ? state! : QueueFilter.NeedsOffice,
            sections.Any(s => s.Code == section) ? section : null);
        var scope = all.Where(r => (filter.Year is null || r.FiscalYear == filter.Year) && (filter.Section is null || r.Section == filter.Section)).ToList();
        var counts = new[] { QueueFilter.NeedsOffice }
            .Concat(ReviewQueueRules.Stages.Select(QueueFilter.Key))
            .Append(QueueFilter.AllStates)
            .Select(key => new QueueCount(key, QueueFilter.StateLabel(key), scope.Count(r => filter.With(key).Includes(r.Row.Stage))))
            .ToList();
        var rows = scope.Select(r => r.Row)
            .Where(r => filter.Includes(r.Stage))
            .OrderByDescending(r => r.DaysWaiting ?? -1)
            .ThenBy(r => r.FiscalYear)
            .ThenBy(r => r.MeasureNumber)
            .ToList();
        return new SubmissionList(years, sections, filter, counts, rows, notices);
    }

    private sealed record ScopedRow(int FiscalYear, string Section, SubmissionRow Row);

    private async Task<List<ScopedRow>> RowsAsync(IReadOnlyList<int> years, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriod!.IsCurrent)
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title, SectionCode = m.OwnerSection!.Code, Section = m.OwnerSection.Name })
            .ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var records = await db.PdcaRecords.AsNoTracking()
            .Where(r => ids.Contains(r.MeasureId) && years.Contains(r.FiscalYear))
            .Select(r => new { r.MeasureId, r.FiscalYear, r.State, r.UpdatedAt })
            .ToDictionaryAsync(r => (r.MeasureId, r.FiscalYear), cancellationToken);
        var numbers = measures.ToDictionary(m => m.Id, m => m.Number);
        var submittedKeys = records.Values
            .Where(r => r.State == RecordState.Submitted)
            .Select(r => RecordAuditKey.Of(numbers[r.MeasureId], r.FiscalYear))
            .ToList();
        var returnedBefore = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == RecordAuditKey.EntityType && ReturnActions.Contains(a.Action) && submittedKeys.Contains(a.EntityKey))
                .Select(a => a.EntityKey)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        return [.. from fy in years
                   from m in measures
                   let record = records.GetValueOrDefault((m.Id, fy))
                   let stage = ReviewQueueRules.StageOf(record?.State, returnedBefore.Contains(RecordAuditKey.Of(m.Number, fy)))
                   select new ScopedRow(fy, m.SectionCode, new SubmissionRow(
                       m.Number, m.Title, m.Section, fy, record?.State, stage, record?.UpdatedAt,
                       ReviewQueueRules.NeedsOffice(stage) ? ReviewQueueRules.DaysWaiting(record!.UpdatedAt, now) : null))];
    }

    /// <summary>The year asked for (<c>all</c> for every year); without one, the year under way (<see cref="ReviewQueueRules.DefaultYear"/>).</summary>
    private async Task<int?> YearAsync(string? asked, IReadOnlyList<int> years, List<ScopedRow> rows, DateTimeOffset now, List<string> notices, CancellationToken cancellationToken)
    {
        if (asked == QueueFilter.AllYears)
        {
            return null;
        }

        if (int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && years.Contains(year))
        {
            return year;
        }

        var open = await db.EntryWindows.AsNoTracking().Where(w => w.IsOpen).Select(w => w.FiscalYear).ToListAsync(cancellationToken);
        var awaiting = rows.Where(r => r.Row.NeedsOffice).Select(r => r.FiscalYear);
        var chosen = ReviewQueueRules.DefaultYear(years, open, awaiting, FiscalYear.Containing(JapanCalendar.Today(now)).Year);
        if (!string.IsNullOrEmpty(asked))
        {
            notices.Add($"年度「{asked}」はこの計画期間にありません。{(chosen is { } c ? new FiscalYear(c).ToWareki() : "すべての年度")}を表示しています。");
        }

        return chosen;
    }
}
