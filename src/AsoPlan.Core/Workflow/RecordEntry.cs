using AsoPlan.Core.Input;

namespace AsoPlan.Core.Workflow;

/// <summary>What a staff member typed for one indicator, before it is read.</summary>
public sealed record IndicatorEntryInput(
    int IndicatorId,
    string IndicatorName,
    NumberRules Rules,
    string? ValueText,
    bool NotAvailable,
    string? NotAvailableReason,
    string? MeasurementNote,
    bool? Preliminary = null);

/// <summary>What a staff member typed for a measure's yearly record, before it is read.</summary>
public sealed record RecordEntryInput(
    IReadOnlyList<IndicatorEntryInput> Values,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText)
{
    /// <summary>The measure's projects (事務事業), one per project in plan order; none where the record has no project part.</summary>
    public IReadOnlyList<Budget.ProjectEntryInput> Projects { get; init; } = [];
}

/// <summary>
/// One indicator's entry once read: a value, or no value with a reason (or nothing yet, in a draft).
/// <see cref="Preliminary"/>: 速報値; null where the input does not say (a post without the field), which keeps what is stored.
/// </summary>
public sealed record IndicatorEntry(int IndicatorId, string IndicatorName, decimal? Value, string? NotAvailableReason, string? MeasurementNote, bool? Preliminary = null);

/// <summary>A record's entry once every field has been read without error.</summary>
public sealed record RecordEntry(
    IReadOnlyList<IndicatorEntry> Values,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText)
{
    /// <summary>The projects' years as read; an empty one (nothing typed) is not stored.</summary>
    public IReadOnlyList<Budget.ProjectEntry> Projects { get; init; } = [];

    /// <summary>The content that submission completeness is judged on.</summary>
    public RecordContent ToContent() => new(
        [.. Values.Select(v => new EnteredValue(v.IndicatorName, v.Value, v.NotAvailableReason))],
        DoText,
        SelfRating,
        SelfRatingReason,
        ActionText)
    {
        Projects = Projects,
    };
}

/// <summary>The fields of a record's entry a message can belong to.</summary>
public enum EntryField
{
    Value = 1,
    NotAvailableReason = 2,
    MeasurementNote = 3,
    DoText = 4,
    SelfRating = 5,
    SelfRatingReason = 6,
    ActionText = 7,

    /// <summary>A field of a project's year, named by <see cref="EntryError.ProjectField"/>.</summary>
    Project = 8,
}

/// <summary>
/// A message for one field; <see cref="IndicatorId"/> is set for the per-indicator fields, <see cref="ProjectId"/> and
/// <see cref="ProjectField"/> (one of <see cref="Budget.ProjectFields"/>) for a project's.
/// </summary>
public sealed record EntryError(EntryField Field, int? IndicatorId, string Message)
{
    public int? ProjectId { get; init; }

    public string? ProjectField { get; init; }

    public static EntryError ForProject(int projectId, string field, string message) =>
        new(EntryField.Project, null, message) { ProjectId = projectId, ProjectField = field };
}
