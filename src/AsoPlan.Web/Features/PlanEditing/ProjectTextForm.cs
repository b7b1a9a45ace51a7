using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>A project's (事務事業) name, running section and 予算事業コード, with the public reason.</summary>
public sealed class ProjectTextForm : PlanEditForm
{
    public string? Name { get; set; }

    /// <summary>The code of the section that runs it; blank for the measure's owner section.</summary>
    public string? Section { get; set; }

    public string? BudgetCode { get; set; }

    [BindNever]
    public string Code { get; set; } = "";

    [BindNever]
    public int MeasureNumber { get; set; }

    [BindNever]
    public string InitiativeName { get; set; } = "";

    [BindNever]
    public string MeasureSectionName { get; set; } = "";

    [BindNever]
    public IReadOnlyList<(string Code, string Name)> Sections { get; set; } = [];
}
