using AsoPlan.Core.Budget;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Budget;

/// <summary>The 事務事業評価シート of the current plan period, from current publications only (what an approval published).</summary>
public sealed class ProjectSheetQuery(AsoPlanDbContext db)
{
    public async Task<ProjectSheet?> ForProjectAsync(string code, int fiscalYear, CancellationToken cancellationToken) =>
        (await SheetsAsync(Published().Where(p => p.Project!.Code == code && p.Publication!.FiscalYear == fiscalYear), cancellationToken)).SingleOrDefault();

    /// <summary>A measure's published project years of a fiscal year, in plan order.</summary>
    public Task<IReadOnlyList<ProjectSheet>> ForMeasureAsync(int measureNumber, int fiscalYear, CancellationToken cancellationToken) =>
        SheetsAsync(Published().Where(p => p.Project!.Measure!.Number == measureNumber && p.Publication!.FiscalYear == fiscalYear), cancellationToken);

    private IQueryable<PublishedProject> Published() =>
        db.PublishedProjects.AsNoTracking().Where(p => p.Publication!.IsCurrent && p.Project!.Measure!.Policy!.PlanPeriod!.IsCurrent);

    private static async Task<IReadOnlyList<ProjectSheet>> SheetsAsync(IQueryable<PublishedProject> published, CancellationToken cancellationToken) =>
        await published
            .OrderBy(p => p.Project!.Initiative!.SortOrder).ThenBy(p => p.Project!.SortOrder)
            .Select(p => new ProjectSheet(
                p.Project!.Code,
                p.Project.Name,
                p.Project.BudgetCode,
                p.Project.Measure!.Number,
                p.Project.Measure.Title,
                p.Project.Initiative!.Name,
                p.Project.OwnerSection != null ? p.Project.OwnerSection.Name : p.Project.Measure.OwnerSection!.Name,
                p.Publication!.PublishedAt,
                p.Publication.FiscalYear,
                p))
            .ToListAsync(cancellationToken);
}
