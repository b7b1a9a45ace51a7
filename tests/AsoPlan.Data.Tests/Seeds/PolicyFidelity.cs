using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Each 政策 of the source against plan.json: number, short name, title and 主な個別計画.</summary>
internal static class PolicyFidelity
{
    public static void Compare(PlanSeed plan, SourceDocument source, Differences differences)
    {
        var policies = plan.Period.Policies;
        differences.Sequence("policy numbers", policies.Select(p => p.Number.ToString()), source.Policies.Select(p => p.Number.ToString()));
        foreach (var printed in source.Policies)
        {
            foreach (var policy in policies.Where(p => p.Number == printed.Number))
            {
                var where = $"政策{printed.Number}";
                differences.Value($"{where} short name", policy.ShortName, printed.ShortName);
                differences.Value($"{where} title", policy.Title, printed.Title);

                // Names lose the spaces the printed page left where it wrapped a long name.
                differences.Sequence($"{where} 個別計画 names", policy.IndividualPlans.Select(p => SeedText.Squash(p.Name)), printed.IndividualPlans.Select(p => SeedText.Squash(p.Name)));
                differences.Sequence($"{where} 個別計画 担当課", policy.IndividualPlans.Select(p => p.Section), printed.IndividualPlans.Select(p => p.Section));
                differences.Sequence($"{where} 個別計画 期間", policy.IndividualPlans.Select(p => p.Period), printed.IndividualPlans.Select(p => p.Period));
            }
        }
    }
}
