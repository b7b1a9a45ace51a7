using AsoPlan.Core.Workflow;
using AsoPlan.Web.Services.Workflow;

namespace AsoPlan.Web.Models.Staff;

/// <summary>A staff member's start page: their section's measures by fiscal year, and which years are open.</summary>
public sealed record StaffHome(string? SectionName, IReadOnlyList<EntryWindowRow> Windows, IReadOnlyList<StaffMeasureRow> Measures)
{
    /// <summary>The section's code, for its workbook pages (/staff/sections/{code}/workbooks/{year}).</summary>
    public string? SectionCode { get; init; }
}

public sealed record StaffMeasureRow(int Number, string Title, IReadOnlyList<YearState> Years);

public sealed record YearState(int FiscalYear, RecordState? State)
{
    public string Label => State.Japanese();
}
