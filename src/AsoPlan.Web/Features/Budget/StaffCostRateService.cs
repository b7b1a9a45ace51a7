using AsoPlan.Core.Budget;
using AsoPlan.Core.Input;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// 単価 (千円 per 人工) per fiscal year of the current period, set by the planning office and audited. A year's rate is
/// fixed once a record with project years is approved for it: the published 人件費 and トータルコスト never move silently.
/// </summary>
public sealed class StaffCostRateService(AsoPlanDbContext db, AuditTrail audit, EntryYears years, TimeProvider clock)
{
    public const string EntityType = nameof(StaffCostRate);

    private static readonly NumberRules Rules = new("千円", 0, 100_000m, AllowNegative: false);

    public async Task<IReadOnlyList<StaffCostRateRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await years.AllAsync(cancellationToken);
        var stored = await db.StaffCostRates.AsNoTracking().Where(r => all.Contains(r.FiscalYear)).ToDictionaryAsync(r => r.FiscalYear, cancellationToken);
        var locked = await LockedYearsAsync(all, cancellationToken);
        return [.. all.Select(y => stored.GetValueOrDefault(y) is { } rate
            ? new StaffCostRateRow(y, rate.UnitCost, rate.ChangedAt, rate.ChangedBy, locked.Contains(y))
            : new StaffCostRateRow(y, null, null, null, locked.Contains(y)))];
    }

    /// <summary>Sets a year's rate: a whole number of 千円 over 0, at most 100,000千円; refused with a message, nothing stored.</summary>
    public async Task<CostRateResult> SetAsync(int fiscalYear, string? text, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await years.ContainsAsync(fiscalYear, cancellationToken))
        {
            return CostRateResult.NotFound;
        }

        var parsed = NumberInput.Parse(text, Rules);
        if (!parsed.Succeeded || parsed.Value is not > 0)
        {
            return CostRateResult.Invalid($"単価: {parsed.Error ?? "0より大きい金額（千円）を入力してください。"}");
        }

        if ((await LockedYearsAsync([fiscalYear], cancellationToken)).Count > 0)
        {
            return CostRateResult.Invalid("この年度は事務事業を含む記録がすでに承認・公表されているため、単価を変更できません（公表した人件費・トータルコストが変わるため）。");
        }

        var rate = await db.StaffCostRates.SingleOrDefaultAsync(r => r.FiscalYear == fiscalYear, cancellationToken);
        var before = rate is null ? null : new { rate.UnitCost };
        if (rate is null)
        {
            rate = new StaffCostRate { FiscalYear = fiscalYear };
            db.StaffCostRates.Add(rate);
        }

        rate.UnitCost = parsed.Value.Value;
        rate.ChangedAt = clock.GetUtcNow().UtcDateTime;
        rate.ChangedBy = actor;
        audit.Record(actor, "costrate.set", EntityType, fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), before, new { rate.UnitCost });
        await db.SaveChangesAsync(cancellationToken);
        return CostRateResult.Saved;
    }

    private async Task<HashSet<int>> LockedYearsAsync(IReadOnlyList<int> fiscalYears, CancellationToken cancellationToken) =>
        [.. await db.PdcaRecords.AsNoTracking()
            .Where(r => fiscalYears.Contains(r.FiscalYear) && r.ApprovedAt != null && r.Projects.Any())
            .Select(r => r.FiscalYear)
            .Distinct()
            .ToListAsync(cancellationToken)];
}

public sealed record StaffCostRateRow(int FiscalYear, decimal? UnitCost, DateTime? ChangedAt, string? ChangedBy, bool Locked);

public sealed record CostRateResult(bool Found, string? Error)
{
    public static readonly CostRateResult NotFound = new(false, null);

    public static readonly CostRateResult Saved = new(true, null);

    public bool Succeeded => Found && Error is null;

    public static CostRateResult Invalid(string error) => new(true, error);
}
