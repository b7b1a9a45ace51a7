using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// What the engine says about the stored records, computed here straight from the tables with
/// <see cref="AchievementCalculator"/>, independently of the app's queries, to check the pages against.
/// </summary>
public static class EngineOracle
{
    public sealed record Judged(int MeasureNumber, int PolicyNumber, string IndicatorCode, RecordState State, decimal? Value, Achievement? Achievement);

    public static async Task<List<Judged>> JudgeAsync(PortalFactory factory, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Measure).ThenInclude(m => m!.Policy).ToListAsync();
        var values = await db.ActualValues.AsNoTracking()
            .Where(v => v.PdcaRecord!.FiscalYear == year)
            .Select(v => new { v.IndicatorId, v.Value, v.PdcaRecord!.State })
            .ToListAsync();
        return [.. values.Select(v =>
        {
            var indicator = indicators.Single(i => i.Id == v.IndicatorId);
            var achievement = v.Value is { } value ? AchievementCalculator.Default.Evaluate(IndicatorGoal.For(indicator), year, value) : null;
            return new Judged(indicator.Measure!.Number, indicator.Measure.Policy!.Number, indicator.Code, v.State, v.Value, achievement);
        })];
    }

    /// <summary>Counts over all 72 indicators: an indicator without a value in scope is 未評価.</summary>
    public static async Task<RatingTally> TallyAsync(PortalFactory factory, int year, Func<RecordState, bool> inScope, Func<Judged, bool>? filter = null, int? indicatorCount = null)
    {
        var judged = (await JudgeAsync(factory, year)).Where(j => inScope(j.State) && (filter?.Invoke(j) ?? true)).ToList();
        var rated = RatingTally.Of(judged.Select(j => j.Achievement));
        var total = indicatorCount ?? await CountIndicatorsAsync(factory);
        return rated with { Unrated = total - rated.Rated };
    }

    public static async Task<int> CountIndicatorsAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>().Indicators.CountAsync();
    }

    public static bool Approved(RecordState state) => state == RecordState.Approved;

    public static bool SubmittedOrApproved(RecordState state) => state is RecordState.Approved or RecordState.Submitted;
}
