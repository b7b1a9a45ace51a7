using AsoPlan.Core.Plan;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// Compiled, untracked queries of the public hot paths (measure page, open data, the reporting years):
/// translated once per process, not on every request that misses the output cache.
/// </summary>
internal static class PortalQueries
{
    /// <summary>Measure numbers restart in each period: the measure of this number in the period.</summary>
    public static readonly Func<AsoPlanDbContext, int, int, CancellationToken, Task<MeasureHead?>> MeasureByNumber =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int number, CancellationToken cancellationToken) => db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == periodId && m.Number == number)
            .Select(m => new MeasureHead(
                m.Id,
                m.Number,
                m.Title,
                new PolicyLink(m.Policy!.Number, m.Policy.ShortName, m.Policy.Title),
                new SectionLink(m.OwnerSection!.Code, m.OwnerSection.Name),
                m.OwnerLabel,
                m.Description,
                new SectionContact(m.OwnerSection.ContactPhone, m.OwnerSection.ContactEmail, m.OwnerSection.ContactOffice)))
            .FirstOrDefault());

    public static readonly Func<AsoPlanDbContext, int, IAsyncEnumerable<MeasureSdgGoal>> GoalsOfMeasure =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int measureId) => db.MeasureSdgGoals.AsNoTracking()
            .Where(g => g.MeasureId == measureId)
            .OrderBy(g => g.Goal)
            .Select(g => new MeasureSdgGoal { Goal = g.Goal, Label = g.Label, Targets = g.Targets }));

    public static readonly Func<AsoPlanDbContext, int, IAsyncEnumerable<Initiative>> InitiativesOfMeasure =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int measureId) => db.Initiatives.AsNoTracking()
            .Where(i => i.MeasureId == measureId)
            .OrderBy(i => i.Kind).ThenBy(i => i.SortOrder)
            .Select(i => new Initiative
            {
                Kind = i.Kind,
                Name = i.Name,
                Content = i.Content,
                Effect = i.Effect,
                Projects = i.Projects.OrderBy(p => p.SortOrder).Select(p => new Project { Code = p.Code, Name = p.Name }).ToList(),
            }));

    public static readonly Func<AsoPlanDbContext, int, IAsyncEnumerable<Indicator>> IndicatorsOfMeasure =
        EF.CompileAsyncQuery<AsoPlanDbContext, int, Indicator>((db, measureId) => db.Indicators.AsNoTracking()
            .Include(i => i.YearTargets)
            .Where(i => i.MeasureId == measureId)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code));

    /// <summary>The measures numbered one below and one above, within the same period.</summary>
    public static readonly Func<AsoPlanDbContext, int, int, IAsyncEnumerable<MeasureLink>> Neighbours =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int number) => db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == periodId && (m.Number == number - 1 || m.Number == number + 1))
            .Select(m => new MeasureLink(m.Number, m.Title)));

    /// <summary>The public notes of a measure's corrections with the year they correct, by year, each year's oldest first.</summary>
    public static readonly Func<AsoPlanDbContext, int, IAsyncEnumerable<CorrectionNote>> CorrectionNotes =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int measureId) => db.Publications.AsNoTracking()
            .Where(p => p.MeasureId == measureId && p.Notes != null)
            .OrderBy(p => p.FiscalYear).ThenBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Select(p => new CorrectionNote(p.FiscalYear, p.Notes!)));

    /// <summary>The fiscal years in which a measure's record has been published (approved at least once).</summary>
    public static readonly Func<AsoPlanDbContext, int, IAsyncEnumerable<int>> PublishedYears =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int measureId) => db.Publications.AsNoTracking()
            .Where(p => p.MeasureId == measureId && p.IsCurrent)
            .Select(p => p.FiscalYear));

    internal sealed record MeasureHead(int Id, int Number, string Title, PolicyLink Policy, SectionLink Owner, string OwnerLabel, string Description, SectionContact OwnerContact);
}
