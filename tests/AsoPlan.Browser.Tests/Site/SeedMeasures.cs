using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>A measure as the seed data has it: its owner section and its indicators' goals, in plan order.</summary>
public sealed record SeedMeasure(int Number, string SectionCode, string SectionName, IReadOnlyList<(string Name, IndicatorGoal Goal)> Indicators);

/// <summary>Reads every measure of seeds/plan.json, so the data the suite enters follows the plan.</summary>
public static class SeedMeasures
{
    private static readonly Lazy<IReadOnlyList<SeedMeasure>> All = new(Read);

    public static IReadOnlyList<SeedMeasure> List => All.Value;

    private static List<SeedMeasure> Read()
    {
        using var plan = JsonDocument.Parse(File.ReadAllText(SuitePaths.SeedPlan));
        var root = plan.RootElement;
        var sectionNames = root.GetProperty("departments").EnumerateArray()
            .SelectMany(d => d.GetProperty("sections").EnumerateArray())
            .ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("name").GetString()!);
        return [.. root.GetProperty("period").GetProperty("policies").EnumerateArray()
            .SelectMany(p => p.GetProperty("measures").EnumerateArray())
            .Select(m =>
            {
                var section = m.GetProperty("ownerSection").GetString()!;
                return new SeedMeasure(
                    m.GetProperty("number").GetInt32(),
                    section,
                    sectionNames[section],
                    [.. m.GetProperty("indicators").EnumerateArray().Select(i => (i.GetProperty("name").GetString()!, Goal(i)))]);
            })];
    }

    private static IndicatorGoal Goal(JsonElement indicator)
    {
        var direction = Enum.Parse<IndicatorDirection>(indicator.GetProperty("direction").GetString()!);
        var decimals = indicator.GetProperty("decimals").GetInt32();
        var baseline = indicator.GetProperty("baseline");
        var target = indicator.GetProperty("target");
        decimal? baselineValue = baseline.GetProperty("value").ValueKind == JsonValueKind.Number ? baseline.GetProperty("value").GetDecimal() : null;
        var targetValue = target.GetProperty("value").ValueKind == JsonValueKind.Number
            ? target.GetProperty("value").GetDecimal()
            : TargetResolver.RoundTowards(
                baselineValue!.Value * (1 + (target.GetProperty("relativePercent").GetDecimal() / 100m)),
                decimals,
                up: direction is IndicatorDirection.Increase or IndicatorDirection.AtLeast);
        return new IndicatorGoal(
            direction,
            decimals,
            baselineValue is null ? null : baseline.GetProperty("fiscalYear").GetInt32(),
            baselineValue,
            target.GetProperty("fiscalYear").GetInt32(),
            targetValue);
    }
}
