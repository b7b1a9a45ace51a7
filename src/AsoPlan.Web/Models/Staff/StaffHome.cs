using AsoPlan.Core.Workflow;
using AsoPlan.Web.Services.Workflow;

namespace AsoPlan.Web.Models.Staff;

/// <summary>A staff member's start page: their section's measures by fiscal year, and which years are open.</summary>
public sealed record StaffHome(string? SectionName, IReadOnlyList<EntryWindowRow> Windows, IReadOnlyList<StaffMeasureRow> Measures);

public sealed record StaffMeasureRow(int Number, string Title, IReadOnlyList<YearState> Years);

public sealed record YearState(int FiscalYear, RecordState? State)
{
    public string Label => State.Japanese();
}
