using AsoPlan.Core.Progress;
using AsoPlan.Web.Features.Review;

namespace AsoPlan.Web.Features.Progress;

/// <summary>The public progress overview: approved values only, with which years are approved so far.</summary>
public sealed record ProgressOverviewPage(
    int? Year,
    IReadOnlyList<YearPublication> Years,
    string? YearMessage,
    RatingTally Whole,
    IReadOnlyList<TallyRow> ByPolicy,
    IReadOnlyList<TallyRow> BySdgGoal,
    IReadOnlyList<PublicMeasureRow> Measures,
    IReadOnlyList<MeasureHistory>? History = null)
{
    /// <summary>The year's published 事務事業 cost (null without a year).</summary>
    public AsoPlan.Web.Features.Budget.BudgetOverview? Budget { get; init; }
}

/// <summary>A measure's rating in each reporting year (null: that year's record is not published).</summary>
public sealed record MeasureHistory(int Number, string Title, IReadOnlyList<MeasureYearRating> Years);

public sealed record MeasureYearRating(int Year, MeasureRating? Rating);

/// <summary>How much of a fiscal year has been approved and so published.</summary>
public sealed record YearPublication(int Year, int ApprovedMeasures, int Measures, int PublishedValues, int Indicators)
{
    public bool Any => ApprovedMeasures > 0;

    public string Status => ApprovedMeasures == 0 ? "未公表" : ApprovedMeasures == Measures ? "公表済（全施策）" : "一部公表";
}

public sealed record PublicMeasureRow(int Number, string Title, string PolicyLabel, bool Approved, MeasureRating Rating, IReadOnlyList<WorseValue> Worse);

/// <summary>A published value on the wrong side of its baseline, as a citizen reads it: 「923g（基準値 922g）」.</summary>
public sealed record WorseValue(int MeasureNumber, string IndicatorCode, string IndicatorName, string Value, string Baseline);
