using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Models.Planning;

/// <summary>Every measure with an owner section × fiscal year, with its state (未入力 when no record exists).</summary>
public sealed record SubmissionList(
    IReadOnlyList<int> Years,
    IReadOnlyList<SectionOption> Sections,
    int? Year,
    string? Section,
    IReadOnlyList<SubmissionRow> Rows)
{
    /// <summary>How many rows stand in each state, in workflow order with 未入力 first.</summary>
    public IReadOnlyList<(string Label, int Count)> Counts =>
        [.. new RecordState?[] { null, RecordState.Draft, RecordState.Submitted, RecordState.Returned, RecordState.Approved }
            .Select(s => (s.Japanese(), Rows.Count(r => r.State == s)))];
}

public sealed record SectionOption(string Code, string Name);

public sealed record SubmissionRow(int MeasureNumber, string MeasureTitle, string SectionName, int FiscalYear, RecordState? State, DateTime? UpdatedAt)
{
    public string StateLabel => State.Japanese();
}
