using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Review;

/// <summary>The yearly evaluation report (施策評価): every policy, measure and indicator for one fiscal year.</summary>
public sealed record EvaluationReport(int Year, IReadOnlyList<int> Years, string? YearMessage, RatingTally Tally, IReadOnlyList<PolicyReport> Policies)
{
    public IEnumerable<ReportLine> Lines => Policies.SelectMany(p => p.Measures).SelectMany(m => m.Lines);

    /// <summary>The committee's findings and the city's responses published for the year, by measure number (ExternalReview).</summary>
    public IReadOnlyDictionary<int, ExternalReview.PublishedCommitteeFinding> CommitteeFindings { get; init; } = new Dictionary<int, ExternalReview.PublishedCommitteeFinding>();
}

public sealed record PolicyReport(int Number, string ShortName, string Title, IReadOnlyList<MeasureReport> Measures)
{
    public string Label => $"政策{Number}「{ShortName}」";
}

public sealed record MeasureReport(
    int Number,
    string Title,
    string SectionName,
    RecordState? State,
    MeasureRating Rating,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText,
    string? ReviewComment,
    IReadOnlyList<IndicatorReport> Indicators)
{
    /// <summary>When the current publication was approved; null while the year is not published.</summary>
    public DateTime? PublishedAt { get; init; }

    /// <summary>The public notes of the year's corrections, oldest first.</summary>
    public IReadOnlyList<string> CorrectionNotes { get; init; } = [];

    /// <summary>Set while a correction is under way (reopened after approval).</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>The measure's 事務事業 years of the report's year as approved and published (none while not approved).</summary>
    public IReadOnlyList<Budget.PublishedProjectYear> Projects { get; init; } = [];

    /// <summary>The published projects' トータルコスト summed (千円); null when none is published. Uncosted ones count as 0 and are said so.</summary>
    public decimal? ProjectTotal => Projects.Count == 0 ? null : Math.Round(Projects.Sum(p => p.TotalCost ?? 0), 0, MidpointRounding.AwayFromZero);

    public int UncostedProjects => Projects.Count(p => p.TotalCost is null);

    /// <summary>What the report says about the review: the approval (and any correction under way), or the state.</summary>
    public string ReviewStatus => (PublishedAt, State, CorrectionReason) switch
    {
        ({ } at, Core.Workflow.RecordState.Approved, _) => $"承認済（{AsoPlan.Web.Shared.Formatting.JapanTime.DateTime(at)} 承認・公表）",
        ({ } at, _, { } reason) => $"{State.Japanese()}（訂正中: {reason}。公表中の内容は {AsoPlan.Web.Shared.Formatting.JapanTime.DateTime(at)} 承認のもの）",
        _ => State.Japanese(),
    };

    /// <summary>One line per indicator; a measure without indicators still gets one line for its PDCA text.</summary>
    public IEnumerable<ReportLine> Lines => Indicators.Count == 0 ? [new ReportLine(this, null)] : Indicators.Select(i => new ReportLine(this, i));
}

public sealed record IndicatorReport(Indicator Indicator, IndicatorGoal? Goal, decimal? ExpectedValue, decimal? Value, string? NotAvailableReason, Achievement? Achievement)
{
    /// <summary>The value's status (published, or as a submitted value would be); null where nothing was read.</summary>
    public ValueStatus? Status { get; init; }

    /// <summary>The actual is a 速報値.</summary>
    public bool IsPreliminary => Value is not null && Status == ValueStatus.Preliminary;

    /// <summary>
    /// 実績の状態 in open data's words (確定 / 速報値 / 未確定（理由） / 訂正済); null where there is no value and no
    /// reason (not submitted). A submitted value is 確定 or 速報値 as entered; 訂正済 is known once it is published.
    /// </summary>
    public string? StatusLabel => Value is null && NotAvailableReason is null ? null
        : Status is { } status && status != default ? Publishing.Label(status, NotAvailableReason)
        : null;
}

/// <summary>A row of the workbook and the CSV: a measure and one of its indicators (or none).</summary>
public sealed record ReportLine(MeasureReport Measure, IndicatorReport? Indicator);
