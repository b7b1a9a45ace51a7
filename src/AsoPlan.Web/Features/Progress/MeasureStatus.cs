using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// A measure's status as the public pages show it beside its name: its rating in the latest published year (the
/// words of <see cref="EvaluationLabels"/>), its coverage, and how its indicators stand (for the bar and its text).
/// </summary>
public sealed record MeasureStatus(int Year, MeasureRating Rating, int Worse)
{
    public string CssClass => Rating.Rating is { } rating ? $"rating-{rating.ToString().ToLowerInvariant()}" : "rating-none";

    /// <summary>The bar's segments, best first, with their words: 「順調 2件」… and 未評価.</summary>
    public IReadOnlyList<(string Key, string Label, int Count)> Segments =>
    [
        .. Enum.GetValues<AchievementRating>().OrderDescending()
            .Select(r => (r.ToString().ToLowerInvariant(), EvaluationLabels.Word(r, Rating.Stage), Rating.Counts.GetValueOrDefault(r))),
        ("none", EvaluationLabels.Unrated, Rating.Unrated),
    ];

    /// <summary>The bar as words: 「順調 2件・おおむね順調 1件・未評価 1件」 (segments with none left out).</summary>
    public string SegmentsText => string.Join("・", Segments.Where(s => s.Count > 0).Select(s => $"{s.Label} {s.Count}件"));
}

/// <summary>Every measure's status in the latest published year of a period; no year while nothing is published.</summary>
public sealed record PlanStatus(int? Year, IReadOnlyDictionary<int, MeasureStatus> ByMeasure)
{
    public static PlanStatus None { get; } = new(null, new Dictionary<int, MeasureStatus>());

    public MeasureStatus? For(int measureNumber) => ByMeasure.GetValueOrDefault(measureNumber);
}
