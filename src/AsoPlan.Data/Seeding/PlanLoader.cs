using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Seeding;

/// <summary>What loading a plan file did: the problems that stopped it, or what changed.</summary>
public sealed record PlanLoadResult(IReadOnlyList<string> Problems, PlanSeed? Seed, SeedImportSummary? Summary, bool NewPeriod)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads a whole plan file (seed format) from the admin page or the <c>import-plan</c> command:
/// everything is checked first, then applied with its audit row in one transaction, or nothing is.
/// </summary>
public sealed class PlanLoader(AsoPlanDbContext db, PlanSeedImporter importer, AuditTrail audit)
{
    public const string AuditAction = "plan.import";

    public async Task<PlanLoadResult> LoadAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        var check = PlanSeedValidator.Validate(json);
        var problems = check.Problems.ToList();
        if (check.Seed is null)
        {
            return new PlanLoadResult(problems, null, null, NewPeriod: false);
        }

        var seed = check.Seed;
        problems.AddRange(await ConflictsWithOtherPeriodsAsync(seed, cancellationToken).ConfigureAwait(false));
        if (problems.Count > 0)
        {
            return new PlanLoadResult(problems, seed, null, NewPeriod: false);
        }

        var newPeriod = !await db.PlanPeriods.AnyAsync(p => p.Code == seed.Period.Code, cancellationToken).ConfigureAwait(false);
        var summary = await importer.ImportAsync(
            seed,
            result => audit.Record(actor, AuditAction, "PlanPeriod", seed.Period.Code, null, new
            {
                Plan = seed.Code,
                Period = seed.Period.Code,
                seed.Period.Name,
                NewPeriod = newPeriod,
                Policies = seed.Period.Policies.Count,
                Measures = seed.Period.Policies.Sum(p => p.Measures.Count),
                Indicators = seed.Period.Policies.Sum(p => p.Measures.Sum(m => m.Indicators.Count)),
                result.Added,
                result.Updated,
                result.Deleted,
            }),
            cancellationToken).ConfigureAwait(false);
        return new PlanLoadResult([], seed, summary, newPeriod);
    }

    /// <summary>
    /// Measure numbers and indicator codes are keys across the whole database (pages, records and
    /// actuals point at them), so a period may not take over another period's measures or indicators.
    /// </summary>
    private async Task<List<string>> ConflictsWithOtherPeriodsAsync(PlanSeed seed, CancellationToken ct)
    {
        var problems = new List<string>();
        var code = seed.Period.Code;
        var existingPeriod = await db.PlanPeriods.AsNoTracking()
            .Where(p => p.Code == code).Select(p => p.Plan!.Code).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (existingPeriod is not null && existingPeriod != seed.Code)
        {
            problems.Add($"基本計画「{code}」は別の計画「{existingPeriod}」に属しています。");
        }

        var numbers = seed.Period.Policies.SelectMany(p => p.Measures).Select(m => m.Number).ToList();
        var takenMeasures = await db.Measures.AsNoTracking()
            .Where(m => numbers.Contains(m.Number) && m.Policy!.PlanPeriod!.Code != code)
            .Select(m => new { m.Number, Period = m.Policy!.PlanPeriod!.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        problems.AddRange(takenMeasures.OrderBy(m => m.Number)
            .Select(m => $"実施施策{m.Number} はすでに「{m.Period}」で使われています。新しい基本計画の実施施策には、使われていない番号を付けてください。"));

        var codes = seed.Period.Policies.SelectMany(p => p.Measures).SelectMany(m => m.Indicators).Select(i => i.Code).ToList();
        var takenIndicators = await db.Indicators.AsNoTracking()
            .Where(i => codes.Contains(i.Code) && i.Measure!.Policy!.PlanPeriod!.Code != code)
            .Select(i => new { i.Code, Period = i.Measure!.Policy!.PlanPeriod!.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        problems.AddRange(takenIndicators.OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => $"指標コード「{i.Code}」はすでに「{i.Period}」で使われています。"));
        return problems;
    }
}
