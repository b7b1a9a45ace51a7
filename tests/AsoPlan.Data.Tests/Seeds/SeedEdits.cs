using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>In-memory copies of plan.json with one thing changed, to prove the comparisons can fail.</summary>
internal static class SeedEdits
{
    public static PlanSeed WithPolicy(this PlanSeed plan, int number, Func<PolicySeed, PolicySeed> edit) =>
        plan with
        {
            Period = plan.Period with { Policies = [.. plan.Period.Policies.Select(p => p.Number == number ? edit(p) : p)] },
        };

    public static PlanSeed WithMeasure(this PlanSeed plan, int number, Func<MeasureSeed, MeasureSeed> edit) =>
        plan with
        {
            Period = plan.Period with
            {
                Policies = [.. plan.Period.Policies.Select(p => p with { Measures = [.. p.Measures.Select(m => m.Number == number ? edit(m) : m)] })],
            },
        };

    public static PlanSeed WithIndicator(this PlanSeed plan, string code, Func<IndicatorSeed, IndicatorSeed> edit) =>
        plan.WithMeasure(MeasureOf(code), m => m with { Indicators = [.. m.Indicators.Select(i => i.Code == code ? edit(i) : i)] });

    public static PlanSeed WithoutIndicator(this PlanSeed plan, string code) =>
        plan.WithMeasure(MeasureOf(code), m => m with { Indicators = [.. m.Indicators.Where(i => i.Code != code)] });

    private static int MeasureOf(string code) => int.Parse(code[1..3]);
}
