using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Review;

namespace AsoPlan.Web.Features.Records;

/// <summary>A staff member's start page: their section's measures by fiscal year, and which years are open.</summary>
public sealed record StaffHome(string? SectionName, IReadOnlyList<EntryWindowRow> Windows, IReadOnlyList<StaffMeasureRow> Measures)
{
    /// <summary>The section's code, for its workbook pages (/staff/sections/{code}/workbooks/{year}).</summary>
    public string? SectionCode { get; init; }

    /// <summary>The open years first thing on the page: deadline, days left, and what the section has not submitted.</summary>
    public IReadOnlyList<OpenYear> OpenYears { get; init; } = [];
}

/// <param name="DaysLeft">Japanese calendar days to the deadline (0 on the day, negative once passed); null without a deadline.</param>
public sealed record OpenYear(int FiscalYear, DateOnly? Deadline, int? DaysLeft, IReadOnlyList<UnsubmittedRecord> Unsubmitted);

public sealed record UnsubmittedRecord(int Number, string Title, RecordState? State)
{
    public string Label => State.Japanese();
}

public sealed record StaffMeasureRow(int Number, string Title, IReadOnlyList<YearState> Years);

public sealed record YearState(int FiscalYear, RecordState? State)
{
    public string Label => State.Japanese();
}
