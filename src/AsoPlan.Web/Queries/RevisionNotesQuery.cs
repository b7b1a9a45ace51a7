using AsoPlan.Core.PlanEditing;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

/// <summary>The public revision notes of a measure, oldest first, each as one line (令和8年度に目標値を変更（…）: 理由).</summary>
public sealed class RevisionNotesQuery(AsoPlanDbContext db)
{
    public async Task<IReadOnlyList<string>> ForMeasureAsync(int measureId, CancellationToken cancellationToken)
    {
        var notes = await db.RevisionNotes.AsNoTracking().Where(n => n.MeasureId == measureId)
            .OrderBy(n => n.ChangedAt).ThenBy(n => n.Id)
            .Select(n => new { n.FiscalYear, n.Summary, n.Detail, n.Reason })
            .ToListAsync(cancellationToken);
        return [.. notes.Select(n => RevisionText.Format(n.FiscalYear, n.Summary, n.Detail, n.Reason))];
    }
}
