using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Progress;

namespace AsoPlan.Web.Features.Review;

/// <summary>The planning dashboard for one fiscal year (values submitted or approved).</summary>
public sealed record DashboardPage(
    int Year,
    IReadOnlyList<int> Years,
    string? YearMessage,
    RatingTally Whole,
    IReadOnlyList<TallyRow> ByPolicy,
    IReadOnlyList<TallyRow> ByChallenge,
    IReadOnlyList<TallyRow> BySection,
    IReadOnlyList<TallyRow> BySdgGoal,
    IReadOnlyList<SectionSubmissionRow> Submissions,
    IReadOnlyList<BehindRow> FurthestBehind,
    IReadOnlyList<MeasureRow> Measures)
{
    /// <summary>The year's published (approved) 事務事業 cost.</summary>
    public AsoPlan.Web.Features.Budget.BudgetOverview? Budget { get; init; }

    /// <summary>The dashboard as an external reviewer reads it (/review/dashboard): the year under review only, without the submission table of every year.</summary>
    public bool ForReviewer { get; init; }
}

/// <summary>A group's counts by rating; <see cref="Href"/> links to the group's details where there is a page for it.</summary>
public sealed record TallyRow(string Label, string? Href, RatingTally Tally);

/// <summary>A section's measures by record state, for each fiscal year.</summary>
public sealed record SectionSubmissionRow(SectionRef Section, int MeasureCount, IReadOnlyList<SubmissionCell> Cells);

public sealed record SubmissionCell(int Year, IReadOnlyList<StateCount> Counts);

/// <summary>How many measures are in a state; <see cref="State"/> null is 未入力.</summary>
public sealed record StateCount(RecordState? State, int Count);

public sealed record BehindRow(int MeasureNumber, string MeasureTitle, string SectionName, IndicatorProgress Indicator, YearProgress Result);

public sealed record MeasureRow(int Number, string Title, string PolicyLabel, string SectionName, RecordState? State, MeasureRating Rating, RatingTally Tally);
