using System.Globalization;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>What the portal published for a plan period, newest first: each publication of a yearly record (its first approval or a correction, with the dated notes) and revision notes.</summary>
public sealed class PublishedChangesQuery(AsoPlanDbContext db)
{
    public const int FeedSize = 50;

    public async Task<IReadOnlyList<PublishedChange>> LatestAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var publications = await PublicationsAsync(period.Id, cancellationToken);
        var revisions = await RevisionsAsync(period.Id, cancellationToken);
        return [.. publications.Concat(revisions).OrderByDescending(c => c.AtUtc).Take(FeedSize)];
    }

    /// <summary>
    /// Every publication, not each record's latest approval: a correction is news of its own, and a record
    /// reopened for correction is still public as it was published.
    /// </summary>
    private async Task<IEnumerable<PublishedChange>> PublicationsAsync(int periodId, CancellationToken cancellationToken)
    {
        var publications = await db.Publications.AsNoTracking()
            .Where(p => p.PdcaRecord!.Measure!.Policy!.PlanPeriodId == periodId)
            .OrderByDescending(p => p.PublishedAt)
            .Take(FeedSize)
            .Select(p => new
            {
                p.Id,
                p.PdcaRecordId,
                p.FiscalYear,
                At = p.PublishedAt,
                p.Revision,
                p.Notes,
                p.PdcaRecord!.Measure!.Number,
                p.PdcaRecord.Measure.Title,
                Indicators = p.Values.Count(v => v.Value != null),
            })
            .ToListAsync(cancellationToken);
        return publications.Select(p => p.Revision <= 1
            ? new PublishedChange(
                Invariant($"approval-{p.PdcaRecordId}-{p.At:yyyyMMddHHmmss}"),
                p.At,
                $"実施施策{p.Number}の{ValueFormat.Wareki(p.FiscalYear)}の実績を公表しました",
                $"実施施策{p.Number}「{p.Title}」の{ValueFormat.Wareki(p.FiscalYear)}の成果指標の実績（{p.Indicators}件）を、市の確認（承認）を経て公表しました。",
                Invariant($"/measures/{p.Number}"))
            : new PublishedChange(
                Invariant($"correction-{p.Id}"),
                p.At,
                $"実施施策{p.Number}の{ValueFormat.Wareki(p.FiscalYear)}の公表した実績を訂正しました",
                $"実施施策{p.Number}「{p.Title}」の{ValueFormat.Wareki(p.FiscalYear)}の公表した実績を訂正しました。{string.Join(" ", ValueFormat.Lines(p.Notes))}",
                Invariant($"/measures/{p.Number}#corrections")));
    }

    /// <summary>The plan's revision notes of the period (target changes, indicators added or retired …).</summary>
    private async Task<IEnumerable<PublishedChange>> RevisionsAsync(int periodId, CancellationToken cancellationToken)
    {
        var notes = await db.RevisionNotes.AsNoTracking()
            .Where(n => n.Policy!.PlanPeriodId == periodId)
            .OrderByDescending(n => n.ChangedAt)
            .Take(FeedSize)
            .Select(n => new
            {
                n.Id,
                n.ChangedAt,
                PolicyNumber = n.Policy!.Number,
                MeasureNumber = n.Measure == null ? (int?)null : n.Measure.Number,
                n.FiscalYear,
                n.Summary,
                n.Detail,
                n.Reason,
            })
            .ToListAsync(cancellationToken);
        return notes.Select(n => new PublishedChange(
            Invariant($"revision-{n.Id}"),
            n.ChangedAt,
            n.MeasureNumber is { } measure ? $"実施施策{measure}の計画を変更しました" : $"政策{n.PolicyNumber}の計画を変更しました",
            RevisionText.Format(n.FiscalYear, n.Summary, n.Detail, n.Reason),
            n.MeasureNumber is { } m ? Invariant($"/measures/{m}#revisions") : Invariant($"/policies/{n.PolicyNumber}#revisions")));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
