using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>A section and fiscal year as the workbook pages need them; <see cref="WindowOpen"/> decides whether anything may be uploaded.</summary>
public sealed record SectionYear(int SectionId, string SectionCode, string SectionName, int FiscalYear, bool WindowOpen, DateOnly? Deadline);

/// <summary>What a section's entry workbook for one year holds: the measures staff may change now, with what is stored.</summary>
public sealed record EntryWorkbook(SectionYear Target, DateTime CreatedAt, IReadOnlyList<WorkbookMeasure> Measures);

/// <summary>One measure in the workbook: its record as stored (null when not yet created), its indicators and its 事務事業.</summary>
public sealed record WorkbookMeasure(int Id, int Number, string Title, PdcaRecord? Record, IReadOnlyList<WorkbookIndicator> Indicators)
{
    public IReadOnlyList<Indicator> Plan => [.. Indicators.Select(i => i.Indicator)];

    /// <summary>The measure's projects in plan order (with their running section, if not the measure's).</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];
}

/// <summary>An indicator's line: the plan's figures as printed, and last year's entry.</summary>
public sealed record WorkbookIndicator(Indicator Indicator, string Baseline, string Target, object? LastYearValue, RecordState? LastYearState)
{
    /// <summary>Last year's value is a 速報値 (the 前年度の記録の状態 cell says so: the value cell stays a number).</summary>
    public bool LastYearPreliminary { get; init; }

    /// <summary>前年度の記録の状態 as the sheet prints it: 「承認済」, or 「承認済（速報値）」 for a preliminary value.</summary>
    public string? LastYearStateText => LastYearState?.Japanese() is { } state ? PreliminaryMark.After(state, LastYearPreliminary) : null;
}
