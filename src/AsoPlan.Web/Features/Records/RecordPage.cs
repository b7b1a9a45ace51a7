using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Records;

/// <summary>A measure's record for one fiscal year, as the staff form and the review page show it.</summary>
public sealed class RecordPage
{
    public required int MeasureNumber { get; init; }

    public required string MeasureTitle { get; init; }

    public required string SectionName { get; init; }

    public required int FiscalYear { get; init; }

    public required RecordState? State { get; init; }

    public required bool WindowOpen { get; init; }

    public required DateOnly? Deadline { get; init; }

    public required string? ReviewComment { get; init; }

    public required DateTime? UpdatedAt { get; init; }

    public required DateTime? ApprovedAt { get; init; }

    public required IReadOnlyList<IndicatorLine> Indicators { get; init; }

    /// <summary>The measure's rating combined from its indicators (coverage, 評価保留), as the public pages would show it.</summary>
    public required MeasureRating MeasureRating { get; init; }

    /// <summary>Whether the year is the plan period's target year (the words of the self-evaluation scale).</summary>
    public EvaluationStage Stage { get; init; }

    /// <summary>The stored record as the form shows it, or what was posted when redisplaying.</summary>
    public required RecordForm Form { get; set; }

    /// <summary>Whether this user may change the record now (decided by authorization, not by the page).</summary>
    public bool CanEdit { get; set; }

    public RecordConflict? Conflict { get; set; }

    /// <summary>What stops a submission, listed above the form.</summary>
    public IReadOnlyList<string> Problems { get; set; } = [];

    public string StateLabel => State.Japanese();

    /// <summary>Why the approved record was reopened for correction; null when no correction is under way.</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>The section's pending correction request, who asked and when.</summary>
    public string? CorrectionRequest { get; init; }

    public string? CorrectionRequestedBy { get; init; }

    public DateTime? CorrectionRequestedAt { get; init; }

    /// <summary>The section's last correction request, declined by the planning office (null once a new request, a reopening or an approval follows).</summary>
    public DeclinedCorrection? Declined { get; init; }

    /// <summary>The public notes of this record's corrections so far.</summary>
    public IReadOnlyList<string> CorrectionNotes { get; init; } = [];

    /// <summary>What would stop the stored record from being submitted (empty when it is complete).</summary>
    public IReadOnlyList<string> SubmissionProblems { get; init; } = [];

    /// <summary>The measure's projects (事務事業) with this year's stored entry and its cost.</summary>
    public IReadOnlyList<ProjectLine> Projects { get; init; } = [];

    /// <summary>単価 of the year (千円 per 人工); null until the planning office sets it.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>The notification mails sent about this record (submission, return, approval, corrections), oldest first.</summary>
    public IReadOnlyList<AsoPlan.Web.Features.Notices.SentMail> Mails { get; init; } = [];
}
