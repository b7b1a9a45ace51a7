using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Target, direction and per-year targets of an indicator; numbers are posted as typed and read by NumberInput.</summary>
public sealed class IndicatorGoalForm : PlanEditForm
{
    public string? TargetValue { get; set; }

    public string? Direction { get; set; }

    public List<YearTargetField> YearTargets { get; set; } = [];

    [BindNever]
    public IndicatorSummary Indicator { get; set; } = IndicatorSummary.Empty;
}

/// <summary>One year's optional target (blank: the path runs straight through this year).</summary>
public sealed class YearTargetField
{
    public int FiscalYear { get; set; }

    public string? Value { get; set; }
}

/// <summary>The indicator an edit page is about, as the page heading shows it.</summary>
public sealed record IndicatorSummary(string Code, string Name, string Unit, int Decimals, int MeasureNumber, string MeasureTitle, string Baseline, string Target, int TargetFiscalYear, int? RetiredFromFiscalYear)
{
    public static IndicatorSummary Empty { get; } = new("", "", "", 0, 0, "", "", "", 0, null);
}
