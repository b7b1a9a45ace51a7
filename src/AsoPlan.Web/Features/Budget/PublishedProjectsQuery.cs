using AsoPlan.Core.Budget;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// The one door to published project years (事務事業評価): only what a current publication holds, i.e. what an approval
/// published and a correction under way does not change. Drafts, submissions and returned entries never pass here.
/// </summary>
public sealed class PublishedProjectsQuery(AsoPlanDbContext db)
{
    /// <summary>A measure's published project years, every year, in plan order.</summary>
    public async Task<IReadOnlyList<PublishedProjectYear>> ForMeasureAsync(int measureId, CancellationToken cancellationToken) =>
        await Current().Where(p => p.Project!.MeasureId == measureId).Select(Line).ToListAsync(cancellationToken);

    /// <summary>The published project years of one fiscal year of a plan period (null: the current one).</summary>
    public async Task<IReadOnlyList<PublishedProjectYear>> ForYearAsync(int? periodId, int fiscalYear, CancellationToken cancellationToken) =>
        await Current()
            .Where(p => p.Publication!.FiscalYear == fiscalYear)
            .Where(p => periodId == null ? p.Project!.Measure!.Policy!.PlanPeriod!.IsCurrent : p.Project!.Measure!.Policy!.PlanPeriodId == periodId)
            .Select(Line).ToListAsync(cancellationToken);

    /// <summary>A year's cost by policy and measure beside the given measure ratings; null without a year.</summary>
    public async Task<BudgetOverview?> OverviewAsync(int? periodId, int? fiscalYear, IReadOnlyDictionary<int, string> ratings, CancellationToken cancellationToken) =>
        fiscalYear is { } year ? BudgetOverview.Of(year, await ForYearAsync(periodId, year, cancellationToken)) with { Ratings = ratings } : null;

    private IQueryable<PublishedProject> Current() =>
        db.PublishedProjects.AsNoTracking().Where(p => p.Publication!.IsCurrent)
            .OrderBy(p => p.Project!.Measure!.Number).ThenBy(p => p.Project!.Initiative!.SortOrder).ThenBy(p => p.Project!.SortOrder).ThenBy(p => p.Publication!.FiscalYear);

    private static readonly System.Linq.Expressions.Expression<Func<PublishedProject, PublishedProjectYear>> Line = p => new PublishedProjectYear(
        p.Publication!.FiscalYear,
        p.Project!.Measure!.Number,
        p.Project.Measure.Title,
        p.Project.Measure.Policy!.Number,
        p.Project.Measure.Policy.ShortName,
        p.Project.Code,
        p.Project.Name,
        p.Settlement,
        p.PersonnelCost,
        p.TotalCost,
        p.Direction,
        p.DirectionReason,
        p.Activity1Name,
        p.Activity1Unit,
        p.Activity1Target,
        p.Activity1Actual);
}

/// <summary>One published project year with its measure and policy, as the public and planning views read it (千円).</summary>
public sealed record PublishedProjectYear(
    int FiscalYear,
    int MeasureNumber,
    string MeasureTitle,
    int PolicyNumber,
    string PolicyShortName,
    string Code,
    string Name,
    decimal? Settlement,
    decimal? PersonnelCost,
    decimal? TotalCost,
    ProjectDirection? Direction,
    string? DirectionReason,
    string? ActivityName,
    string? ActivityUnit,
    decimal? ActivityTarget,
    decimal? ActivityActual)
{
    public string DirectionLabel => Direction is { } direction ? ProjectDirections.Label(direction) : "—";

    public bool IsCutBack => Direction is { } direction && ProjectDirections.IsCutBack(direction);
}
