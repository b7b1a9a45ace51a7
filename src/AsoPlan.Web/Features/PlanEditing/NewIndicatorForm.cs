using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>An indicator added to a measure; its target year is the end of the plan period.</summary>
public sealed class NewIndicatorForm : PlanEditForm
{
    public string? Name { get; set; }

    public string? Unit { get; set; }

    public string? Decimals { get; set; }

    public string? BaselineFiscalYear { get; set; }

    public string? BaselineValue { get; set; }

    public string? TargetValue { get; set; }

    public string? Direction { get; set; }

    public string? DirectionReason { get; set; }

    public string? Footnote { get; set; }

    [BindNever]
    public int MeasureNumber { get; set; }

    [BindNever]
    public string MeasureTitle { get; set; } = "";

    [BindNever]
    public int TargetFiscalYear { get; set; }

    /// <summary>Years a baseline may be from: up to the period's first year.</summary>
    [BindNever]
    public IReadOnlyList<int> BaselineYears { get; set; } = [];
}
