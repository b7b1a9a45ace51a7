using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>A section's Excel page for one fiscal year: what the workbook includes, and the problems of a refused upload.</summary>
public sealed class WorkbookPage
{
    public required SectionYear Target { get; init; }

    public required IReadOnlyList<WorkbookPageMeasure> Measures { get; init; }

    public IReadOnlyList<string> Problems { get; set; } = [];

    public string? FileName { get; set; }

    public bool AnyIncluded => Measures.Any(m => m.Included);
}

/// <summary>A measure of the section: its record's state and whether the workbook includes it (only records staff may change now).</summary>
public sealed record WorkbookPageMeasure(int Number, string Title, RecordState? State, bool Included)
{
    public string Label => State.Japanese();
}
