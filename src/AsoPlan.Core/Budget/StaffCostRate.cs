namespace AsoPlan.Core.Budget;

/// <summary>単価: what one person-year (1.0 人工) costs in a fiscal year, in 千円, set by the planning office.</summary>
public class StaffCostRate
{
    public int Id { get; set; }

    /// <summary>Gregorian fiscal year (2021 = 令和3年度).</summary>
    public int FiscalYear { get; set; }

    /// <summary>千円 per 人工.</summary>
    public decimal UnitCost { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public string? ChangedBy { get; set; }
}
