using System.Globalization;
using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>An indicator as the seed data (seeds/plan.json) has it: what a citizen should find on the pages.</summary>
public sealed record SeedIndicator(
    int PolicyNumber, string PolicyTitle, int MeasureNumber, string MeasureTitle, string Code, string Name, decimal Baseline, int Decimals)
{
    /// <summary>The baseline as the source prints it (426.9, 98.30), without unit or separators.</summary>
    public string BaselineText => Baseline.ToString("F" + Decimals, CultureInfo.InvariantCulture);

    /// <summary>A word from the indicator's name that a citizen might type.</summary>
    public string SearchWord => Name[..Math.Min(4, Name.Length)];
}

/// <summary>Facts read from the seed data, so the tests follow the data rather than copy it.</summary>
public static class SeedFacts
{
    /// <summary>The journey's indicator: 道路改良延長 of measure 13 (a decimal baseline in the hundreds).</summary>
    public const string JourneyIndicatorCode = "M13-I03";

    private static readonly Lazy<SeedIndicator> Journey = new(() => Indicator(JourneyIndicatorCode));

    public static SeedIndicator JourneyIndicator => Journey.Value;

    public static SeedIndicator Indicator(string code)
    {
        Assert.True(File.Exists(SuitePaths.SeedPlan), $"{SuitePaths.SeedPlan} is missing.");
        using var plan = JsonDocument.Parse(File.ReadAllText(SuitePaths.SeedPlan));
        foreach (var policy in plan.RootElement.GetProperty("period").GetProperty("policies").EnumerateArray())
        {
            foreach (var measure in policy.GetProperty("measures").EnumerateArray())
            {
                foreach (var indicator in measure.GetProperty("indicators").EnumerateArray())
                {
                    if (indicator.GetProperty("code").GetString() != code)
                    {
                        continue;
                    }

                    return new SeedIndicator(
                        policy.GetProperty("number").GetInt32(),
                        policy.GetProperty("title").GetString()!,
                        measure.GetProperty("number").GetInt32(),
                        measure.GetProperty("title").GetString()!,
                        code,
                        indicator.GetProperty("name").GetString()!,
                        indicator.GetProperty("baseline").GetProperty("value").GetDecimal(),
                        indicator.GetProperty("decimals").GetInt32());
                }
            }
        }

        throw new InvalidOperationException($"Indicator {code} is not in {SuitePaths.SeedPlan}.");
    }
}
