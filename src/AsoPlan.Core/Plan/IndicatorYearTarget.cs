namespace AsoPlan.Core.Plan;

/// <summary>
/// A target the plan sets for one fiscal year between the baseline and the final target. Where an
/// indicator has them, its expected path runs through them instead of the straight line.
/// </summary>
public class IndicatorYearTarget
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public int FiscalYear { get; set; }

    public decimal Value { get; set; }
}
