using System.Text.Json;
using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Tests.Progress.Seed;

/// <summary>
/// Every indicator of seeds/plan.json as the Core entity the app builds from it, so engine tests run
/// on the real rows (directions, decimals, missing baselines, relative targets) and cannot drift from them.
/// </summary>
internal static class SeedIndicators
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> LazyRows = new(Load);

    /// <summary>Fresh entities on every call, so a test that changes one cannot disturb another.</summary>
    public static IReadOnlyList<Indicator> All => [.. LazyRows.Value.Select(Read)];

    public static Indicator ByCode(string code) =>
        All.SingleOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"seeds/plan.json has no indicator {code}");

    private static List<JsonElement> Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seeds", "plan.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("period").GetProperty("policies").EnumerateArray()
            .SelectMany(policy => policy.GetProperty("measures").EnumerateArray())
            .SelectMany(measure => measure.GetProperty("indicators").EnumerateArray())
            .Select(row => row.Clone())
            .ToList();
    }

    private static Indicator Read(JsonElement row)
    {
        var baseline = row.GetProperty("baseline");
        var target = row.GetProperty("target");
        return new Indicator
        {
            Code = row.GetProperty("code").GetString()!,
            RowName = row.GetProperty("rowName").GetString()!,
            Name = row.GetProperty("name").GetString()!,
            Unit = row.GetProperty("unit").GetString()!,
            Decimals = row.GetProperty("decimals").GetInt32(),
            BaselineFiscalYear = NullableInt(baseline, "fiscalYear"),
            BaselineValue = NullableDecimal(baseline, "value"),
            BaselineText = baseline.GetProperty("text").GetString()!,
            TargetFiscalYear = target.GetProperty("fiscalYear").GetInt32(),
            TargetValue = NullableDecimal(target, "value"),
            TargetRelativePercent = NullableDecimal(target, "relativePercent"),
            TargetText = target.GetProperty("text").GetString()!,
            Direction = Enum.Parse<IndicatorDirection>(row.GetProperty("direction").GetString()!),
        };
    }

    private static int? NullableInt(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetInt32();

    private static decimal? NullableDecimal(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDecimal();
}
