using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The planning office's review queue: the records of the chosen year, state and section, longest waiting first,
/// with how many records stand in each state (each count links to its list).
/// </summary>
public sealed record SubmissionList(
    IReadOnlyList<int> Years,
    IReadOnlyList<SectionOption> Sections,
    QueueFilter Filter,
    IReadOnlyList<QueueCount> Counts,
    IReadOnlyList<SubmissionRow> Rows,
    IReadOnlyList<string> Notices);

/// <summary>How many records of the chosen year and section a state filter lists.</summary>
public sealed record QueueCount(string State, string Label, int Count);

public sealed record SectionOption(string Code, string Name);

/// <param name="DaysWaiting">Days since submission, for a record waiting for the planning office; otherwise null.</param>
public sealed record SubmissionRow(int MeasureNumber, string MeasureTitle, string SectionName, int FiscalYear, RecordState? State, QueueStage Stage, DateTime? UpdatedAt, int? DaysWaiting)
{
    public string StageLabel => Stage.Label();

    public bool NeedsOffice => ReviewQueueRules.NeedsOffice(Stage);
}
