namespace AsoPlan.Core.Budget;

/// <summary>
/// The cost arithmetic of the 事務事業評価シート, in 千円: 人件費 = 人工 × 単価 (rounded half away from zero to
/// whole 千円), トータルコスト = 決算額 + 人件費, 予算現額 = 当初 + 補正. Null when a part is missing.
/// </summary>
public static class ProjectCost
{
    public static decimal? Budget(decimal? initial, decimal? supplementary) =>
        initial is null && supplementary is null ? null : (initial ?? 0) + (supplementary ?? 0);

    public static decimal? Personnel(decimal? staffEffort, decimal? unitCost) =>
        staffEffort is { } effort && unitCost is { } rate ? Math.Round(effort * rate, 0, MidpointRounding.AwayFromZero) : null;

    public static decimal? Total(decimal? settlement, decimal? personnel) =>
        settlement is { } spent && personnel is { } staff ? spent + staff : null;

    /// <summary>The funding sources in the order of the sheet: 国庫支出金, 県支出金, 地方債, その他, 一般財源.</summary>
    public static decimal? FundingSum(ProjectFunding funding)
    {
        ArgumentNullException.ThrowIfNull(funding);
        var parts = funding.Parts;
        return parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0);
    }
}

/// <summary>財源内訳 in 千円; a blank part is null.</summary>
public sealed record ProjectFunding(decimal? National, decimal? Prefectural, decimal? Bonds, decimal? Other, decimal? General)
{
    public IReadOnlyList<decimal?> Parts => [National, Prefectural, Bonds, Other, General];
}
