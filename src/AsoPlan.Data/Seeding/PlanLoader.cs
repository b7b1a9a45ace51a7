using AsoPlan.Core.FiscalYears;
using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Seeding;

/// <summary>What loading a plan file did: the problems that stopped it (each with its record where known), or what changed.</summary>
public sealed record PlanLoadResult(IReadOnlyList<PlanProblem> Located, PlanSeed? Seed, SeedImportSummary? Summary, bool NewPeriod)
{
    public IReadOnlyList<string> Problems => [.. Located.Select(p => p.Message)];

    public bool Succeeded => Located.Count == 0;
}

/// <summary>
/// Loads a whole plan (a plan file in the seed format, or a plan workbook read into the same records) from the admin
/// page or the <c>import-plan</c> command: everything is checked first by <see cref="PlanSeedValidator"/>, then applied
/// with its audit row in one transaction, or nothing is.
/// </summary>
public sealed class PlanLoader(AsoPlanDbContext db, PlanSeedImporter importer, AuditTrail audit)
{
    public const string AuditAction = "plan.import";

    public Task<PlanLoadResult> LoadAsync(string json, string actor, CancellationToken cancellationToken = default) =>
        LoadCheckedAsync(PlanSeedValidator.Validate(json), [], actor, cancellationToken);

    /// <summary>
    /// Loads a plan read from elsewhere (the plan workbook). <paramref name="readProblems"/> are what the reader could
    /// not read; the plan is still checked, so every problem is listed, and nothing is applied unless there is none.
    /// </summary>
    public Task<PlanLoadResult> LoadAsync(PlanSeed seed, IReadOnlyList<PlanProblem> readProblems, string actor, CancellationToken cancellationToken = default) =>
        LoadCheckedAsync(PlanSeedValidator.Validate(seed), readProblems, actor, cancellationToken);

    private async Task<PlanLoadResult> LoadCheckedAsync(PlanSeedCheck check, IReadOnlyList<PlanProblem> readProblems, string actor, CancellationToken cancellationToken)
    {
        var problems = readProblems.Concat(check.Located).ToList();
        if (check.Seed is null)
        {
            return new PlanLoadResult(problems, null, null, NewPeriod: false);
        }

        var seed = check.Seed;
        problems.AddRange(await ConflictsWithOtherPeriodsAsync(seed, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await DroppedProjectsWithYearsAsync(seed, cancellationToken).ConfigureAwait(false));
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

    /// <summary>A project with entered years (事務事業評価) stays in the plan: a file that leaves it out is refused.</summary>
    private async Task<List<PlanProblem>> DroppedProjectsWithYearsAsync(PlanSeed seed, CancellationToken ct)
    {
        var kept = seed.Period.Policies.SelectMany(p => p.Measures)
            .SelectMany(m => m.Initiatives.SelectMany(i => i.Projects).Select(p => (m.Number, p.Code)))
            .ToHashSet();
        var entered = await db.ProjectRecords.AsNoTracking()
            .Where(r => r.Project!.Measure!.Policy!.PlanPeriod!.Code == seed.Period.Code)
            .Select(r => new { r.Project!.Measure!.Number, r.Project.Code, r.Project.Name })
            .Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. entered.Where(p => !kept.Contains((p.Number, p.Code))).OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PlanProblem($"事務事業 {p.Code}（{p.Name}）には入力済みの年度の記録があるため、計画ファイルから外せません。コードを変えずに残してください。"))];
    }

    /// <summary>
    /// A period belongs to one plan, and its years may not overlap another period's: records and entry windows are
    /// per fiscal year, so a year must mean one period. Measure numbers and indicator codes restart in each period.
    /// </summary>
    private async Task<List<PlanProblem>> ConflictsWithOtherPeriodsAsync(PlanSeed seed, CancellationToken ct)
    {
        var problems = new List<PlanProblem>();
        var code = seed.Period.Code;
        var existingPeriod = await db.PlanPeriods.AsNoTracking()
            .Where(p => p.Code == code).Select(p => p.Plan!.Code).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (existingPeriod is not null && existingPeriod != seed.Code)
        {
            problems.Add(new PlanProblem($"基本計画「{code}」は別の計画「{existingPeriod}」に属しています。", seed, nameof(seed.Code)));
        }

        var (start, end) = (seed.Period.StartFiscalYear, seed.Period.EndFiscalYear);
        var overlapping = await db.PlanPeriods.AsNoTracking()
            .Where(p => p.Code != code && p.StartFiscalYear <= end && start <= p.EndFiscalYear)
            .OrderBy(p => p.StartFiscalYear)
            .Select(p => new { p.Name, p.StartFiscalYear, p.EndFiscalYear })
            .ToListAsync(ct).ConfigureAwait(false);
        problems.AddRange(overlapping.Select(p => new PlanProblem(
            $"計画期間（{new FiscalYear(start).ToWareki()}〜{new FiscalYear(end).ToWareki()}）が「{p.Name}」（{new FiscalYear(p.StartFiscalYear).ToWareki()}〜{new FiscalYear(p.EndFiscalYear).ToWareki()}）と重なっています。新しい基本計画には、重ならない年度を指定してください。",
            seed.Period,
            nameof(seed.Period.StartFiscalYear))));
        return problems;
    }
}
