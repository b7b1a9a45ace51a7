using AsoPlan.Core.PlanEditing;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

/// <summary>The public revision notes of a measure or a policy, oldest first, each as one line (令和8年度に目標値を変更（…）: 理由).</summary>
public sealed class RevisionNotesQuery(AsoPlanDbContext db)
{
    public Task<IReadOnlyList<string>> ForMeasureAsync(int measureId, CancellationToken cancellationToken) =>
        ReadAsync(db.RevisionNotes.Where(n => n.MeasureId == measureId), cancellationToken);

    /// <summary>Changes to the policy's own texts (its measures' notes stand on their pages).</summary>
    public Task<IReadOnlyList<string>> ForPolicyAsync(int policyId, CancellationToken cancellationToken) =>
        ReadAsync(db.RevisionNotes.Where(n => n.PolicyId == policyId && n.MeasureId == null), cancellationToken);

    private static async Task<IReadOnlyList<string>> ReadAsync(IQueryable<Core.Plan.RevisionNote> query, CancellationToken cancellationToken)
    {
        var notes = await query.AsNoTracking()
            .OrderBy(n => n.ChangedAt).ThenBy(n => n.Id)
            .Select(n => new { n.FiscalYear, n.Summary, n.Detail, n.Reason })
            .ToListAsync(cancellationToken);
        return [.. notes.Select(n => RevisionText.Format(n.FiscalYear, n.Summary, n.Detail, n.Reason))];
    }
}
