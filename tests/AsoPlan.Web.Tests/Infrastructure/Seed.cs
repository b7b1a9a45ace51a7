using System.Globalization;
using AsoPlan.Data.Seeding;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>The plan the app loads (seeds/plan.json of this checkout), read independently of the app, as the expected data.</summary>
public static class Seed
{
    private static readonly Lazy<PlanSeed> Plan = new(() => PlanSeedReader.Read(Path.Combine(RepositoryRoot(), "seeds", PlanSeedReader.DefaultFileName)));

    public static PlanSeed Value => Plan.Value;

    public static IEnumerable<PolicySeed> Policies => Value.Period.Policies;

    public static IEnumerable<MeasureSeed> Measures => Policies.SelectMany(p => p.Measures);

    public static IEnumerable<(MeasureSeed Measure, IndicatorSeed Indicator)> Indicators =>
        Measures.SelectMany(m => m.Indicators.Select(i => (m, i)));

    public static IEnumerable<SectionSeed> Sections => Value.Departments.SelectMany(d => d.Sections);

    public static MeasureSeed Measure(int number) => Measures.Single(m => m.Number == number);

    /// <summary>How a page writes a value: thousands separators, the indicator's decimals, the unit.</summary>
    public static string Shown(decimal value, IndicatorSeed indicator) =>
        value.ToString("N" + indicator.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo("ja-JP")) + indicator.Unit;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsoPlan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AsoPlan.sln not found above the test output folder.");
    }
}
