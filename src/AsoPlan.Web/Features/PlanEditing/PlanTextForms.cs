using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>What every plan edit asks for: the reason, shown publicly with the change.</summary>
public abstract class PlanEditForm
{
    public string? Reason { get; set; }
}

public sealed class PolicyTextForm : PlanEditForm
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>現状と課題, one item per line.</summary>
    public string? CurrentIssues { get; set; }

    [BindNever]
    public int Number { get; set; }

    [BindNever]
    public string ShortName { get; set; } = "";
}

public sealed class MeasureTextForm : PlanEditForm
{
    public string? Title { get; set; }

    /// <summary>Paragraphs separated by a blank line.</summary>
    public string? Description { get; set; }

    [BindNever]
    public int Number { get; set; }
}

public sealed class IndicatorTextForm : PlanEditForm
{
    public string? Name { get; set; }

    public string? Footnote { get; set; }

    [BindNever]
    public string Code { get; set; } = "";

    [BindNever]
    public int MeasureNumber { get; set; }
}
