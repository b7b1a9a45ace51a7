using System.Globalization;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>What the portal published for a plan period, newest first: approvals of yearly records and revision notes.</summary>
public sealed class PublishedChangesQuery(AsoPlanDbContext db)
{
    public const int FeedSize = 50;

    public async Task<IReadOnlyList<PublishedChange>> LatestAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var approvals = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.State == RecordState.Approved && r.ApprovedAt != null && r.Measure!.Policy!.PlanPeriodId == period.Id)
            .OrderByDescending(r => r.ApprovedAt)
            .Take(FeedSize)
            .Select(r => new { r.Id, r.FiscalYear, At = r.ApprovedAt!.Value, r.Measure!.Number, r.Measure.Title, Indicators = r.Values.Count(v => v.Value != null) })
            .ToListAsync(cancellationToken);
        var notes = await db.RevisionNotes.AsNoTracking()
            .Where(n => n.Policy!.PlanPeriodId == period.Id)
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

        return
        [
            .. approvals.Select(a => new PublishedChange(
                Invariant($"approval-{a.Id}-{a.At:yyyyMMddHHmmss}"),
                a.At,
                $"実施施策{a.Number}の{ValueFormat.Wareki(a.FiscalYear)}の実績を公表しました",
                $"実施施策{a.Number}「{a.Title}」の{ValueFormat.Wareki(a.FiscalYear)}の成果指標の実績（{a.Indicators}件）を、市の確認（承認）を経て公表しました。",
                Invariant($"/measures/{a.Number}")))
            .Concat(notes.Select(n => new PublishedChange(
                Invariant($"revision-{n.Id}"),
                n.ChangedAt,
                n.MeasureNumber is { } measure ? $"実施施策{measure}の計画を変更しました" : $"政策{n.PolicyNumber}の計画を変更しました",
                RevisionText.Format(n.FiscalYear, n.Summary, n.Detail, n.Reason),
                n.MeasureNumber is { } m ? Invariant($"/measures/{m}#revisions") : Invariant($"/policies/{n.PolicyNumber}#revisions"))))
            .OrderByDescending(c => c.AtUtc)
            .Take(FeedSize),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
