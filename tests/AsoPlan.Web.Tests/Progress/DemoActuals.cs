using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// Demo records spread over the states a real year goes through: R3 approved for every measure with
/// indicators; R4 approved for measures 3–10, submitted for 11–14, returned for 15, a draft for 16.
/// Values sit at varied points along each indicator's path (ahead, on track, behind, below the baseline),
/// and every seventh indicator has no value but a reason, so every band and 未評価 occur.
/// </summary>
public static class DemoActuals
{
    public const int R3 = 2021;
    public const int R4 = 2022;

    /// <summary>Where a value sits as a multiple of the path the year expects: 1.2 ahead … −0.5 behind the baseline.</summary>
    private static readonly decimal[] Positions = [1.2m, 0.9m, 0.65m, 0.3m, -0.5m, 1.0m];

    public static RecordState? StateOf(int measureNumber, int year) => (year, measureNumber) switch
    {
        (R3, >= 3 and <= 19) => RecordState.Approved,
        (R4, >= 3 and <= 10) => RecordState.Approved,
        (R4, >= 11 and <= 14) => RecordState.Submitted,
        (R4, 15) => RecordState.Returned,
        (R4, 16) => RecordState.Draft,
        _ => null,
    };

    /// <summary>Inserts the demo records through the context, as the staff workflow would leave them.</summary>
    public static async Task InsertAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var measures = await db.Measures.Include(m => m.Indicators).OrderBy(m => m.Number).ToListAsync();
        var now = DateTime.UtcNow;
        var n = 0;
        foreach (var year in new[] { R3, R4 })
        {
            foreach (var measure in measures)
            {
                if (StateOf(measure.Number, year) is not { } state)
                {
                    continue;
                }

                var record = new PdcaRecord
                {
                    MeasureId = measure.Id,
                    FiscalYear = year,
                    State = state,
                    DoText = $"実施施策{measure.Number}の取組実績（デモ）",
                    SelfRating = "B",
                    SelfRatingReason = "おおむね計画どおり（デモ）",
                    ActionText = "次年度も継続（デモ）",
                    ReviewComment = state == RecordState.Returned ? "実績値の根拠を添えてください（デモ）" : null,
                    UpdatedAt = now,
                    ApprovedAt = state == RecordState.Approved ? now : null,
                };
                foreach (var indicator in measure.Indicators.OrderBy(i => i.SortOrder))
                {
                    n++;
                    record.Values.Add(n % 7 == 0
                        ? new ActualValue { IndicatorId = indicator.Id, NotAvailableReason = "統計の公表待ち（デモ）" }
                        : new ActualValue { IndicatorId = indicator.Id, Value = ValueAt(IndicatorGoal.For(indicator), year, Positions[n % Positions.Length]) });
                }

                db.PdcaRecords.Add(record);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// baseline + (target − baseline) × expected share × position, rounded to the indicator's decimals;
    /// without a baseline, the target × position (never below zero).
    /// </summary>
    private static decimal ValueAt(IndicatorGoal goal, int year, decimal position)
    {
        var raw = goal.BaselineValue is { } baseline
            ? baseline + ((goal.TargetValue - baseline) * AchievementCalculator.ExpectedProgress(goal, year) * position)
            : goal.TargetValue * Math.Abs(position);
        if (goal.IsThreshold)
        {
            // thresholds: 1.2/0.9/1.0 stay on the right side, the others cross it by 2 steps
            var step = 2m / (decimal)Math.Pow(10, goal.Decimals);
            var ok = position >= 0.9m;
            raw = goal.HigherIsBetter == ok ? goal.TargetValue + step : goal.TargetValue - step;
        }

        return Math.Max(0m, Math.Round(raw, goal.Decimals, MidpointRounding.AwayFromZero));
    }
}
