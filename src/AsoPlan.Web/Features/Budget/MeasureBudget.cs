namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// A measure's published 事務事業 years: per reporting year the summed トータルコスト beside the measure's rating, and each
/// project's latest published year (cost, direction, activity result). Empty years read 未公表.
/// </summary>
public sealed record MeasureBudget(IReadOnlyList<MeasureCostYear> Years, IReadOnlyList<PublishedProjectYear> Projects)
{
    public bool Any => Projects.Count > 0;

    public static MeasureBudget Of(IReadOnlyList<int> years, IReadOnlyList<PublishedProjectYear> published, IReadOnlyDictionary<int, string?> ratings)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(ratings);
        var byYear = published.ToLookup(p => p.FiscalYear);
        return new MeasureBudget(
            [.. years.Select(y => new MeasureCostYear(
                y,
                ratings.GetValueOrDefault(y),
                byYear[y].Count(),
                byYear[y].Any() ? byYear[y].Sum(p => p.TotalCost ?? 0) : null,
                byYear[y].Count(p => p.TotalCost is null)))],
            [.. published.GroupBy(p => p.Code).Select(g => g.MaxBy(p => p.FiscalYear)!)]);
    }
}

/// <summary>A reporting year of a measure: its rating in words (null: not published), how many projects were published and their summed トータルコスト (千円).</summary>
public sealed record MeasureCostYear(int FiscalYear, string? Rating, int Projects, decimal? Total, int Uncosted);
