using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>The one comparison every fidelity test uses, on the real file and on deliberately broken copies.</summary>
internal static class SeedFidelity
{
    public static IReadOnlyList<string> Differences(PlanSeed plan, SourceDocument source)
    {
        var differences = new Differences();
        PolicyFidelity.Compare(plan, source, differences);
        MeasureFidelity.Compare(plan, source, differences);
        IndicatorFidelity.Compare(plan, source, differences);
        return differences.Items;
    }
}
