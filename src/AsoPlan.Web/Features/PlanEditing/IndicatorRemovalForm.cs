using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Retiring (from a fiscal year) or deleting an indicator; which one is possible depends on entered actuals.</summary>
public sealed class IndicatorRemovalForm : PlanEditForm
{
    public string? FromFiscalYear { get; set; }

    [BindNever]
    public IndicatorSummary Indicator { get; set; } = IndicatorSummary.Empty;

    [BindNever]
    public bool HasEnteredActuals { get; set; }

    [BindNever]
    public int? LatestEnteredYear { get; set; }

    [BindNever]
    public IReadOnlyList<int> Years { get; set; } = [];
}
