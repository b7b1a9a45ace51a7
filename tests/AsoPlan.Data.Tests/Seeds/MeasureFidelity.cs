using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Each 実施施策 of the source against plan.json: title, owner, policy, SDGs, text and initiatives.</summary>
internal static class MeasureFidelity
{
    public static void Compare(PlanSeed plan, SourceDocument source, Differences differences)
    {
        var seeded = plan.Period.Policies.SelectMany(p => p.Measures.Select(m => (Policy: p.Number, Measure: m))).ToList();
        differences.Sequence("measure numbers", seeded.Select(s => s.Measure.Number.ToString()), source.Measures.Select(m => m.Number.ToString()));
        foreach (var sourceMeasure in source.Measures)
        {
            foreach (var (policy, measure) in seeded.Where(s => s.Measure.Number == sourceMeasure.Number))
            {
                CompareMeasure(policy, measure, sourceMeasure, differences);
            }
        }
    }

    private static void CompareMeasure(int policy, MeasureSeed measure, SourceMeasure source, Differences differences)
    {
        var where = $"実施施策{source.Number}";
        differences.Value($"{where} title", measure.Title, source.Title);
        differences.Value($"{where} policy", policy, source.PolicyNumber);
        if (source.OwnerLabel is not null)
        {
            differences.Value($"{where} owner", measure.OwnerLabel, source.OwnerLabel);
        }

        differences.Sequence($"{where} description", measure.Description, source.Description);
        differences.Sequence($"{where} SDG goals", measure.SdgGoals.Select(Describe), source.SdgGoals.Select(g => Describe(new SdgGoalSeed(g.Goal, g.Label, g.Targets))));
        differences.Sequence($"{where} 主な取り組み", measure.KeyActions, source.KeyActions);
        differences.Sequence($"{where} 主要な施策", measure.Initiatives.Select(i => i.Name), source.Initiatives.Select(i => i.Name));
        foreach (var (seed, printed) in measure.Initiatives.Zip(source.Initiatives))
        {
            differences.Value($"{where} {printed.Name} 内容", seed.Content, printed.Content);
            differences.Value($"{where} {printed.Name} 目指す効果", seed.Effect, printed.Effect);
            differences.Sequence($"{where} {printed.Name} 主な事務・事業", seed.Projects.Select(p => p.Name), printed.Projects);
        }
    }

    private static string Describe(SdgGoalSeed goal) => $"目標{goal.Goal}「{goal.Label}」({string.Join(")(", goal.Targets)})";
}
