namespace AsoPlan.Core.Budget;

/// <summary>
/// The figures and words of a project's year (事務事業評価), as entered (<see cref="ProjectRecord"/>) and as published
/// (<see cref="PublishedProject"/>). Amounts are 千円.
/// </summary>
public abstract class ProjectYear
{
    public int ProjectId { get; set; }

    public Plan.Project? Project { get; set; }

    /// <summary>当初予算額.</summary>
    public decimal? InitialBudget { get; set; }

    /// <summary>補正予算額 (may be negative: a 減額補正).</summary>
    public decimal? SupplementaryBudget { get; set; }

    /// <summary>決算額.</summary>
    public decimal? Settlement { get; set; }

    /// <summary>財源内訳: 国庫支出金.</summary>
    public decimal? NationalFunds { get; set; }

    /// <summary>財源内訳: 県支出金.</summary>
    public decimal? PrefecturalFunds { get; set; }

    /// <summary>財源内訳: 地方債.</summary>
    public decimal? LocalBonds { get; set; }

    /// <summary>財源内訳: その他.</summary>
    public decimal? OtherFunds { get; set; }

    /// <summary>財源内訳: 一般財源.</summary>
    public decimal? GeneralFunds { get; set; }

    /// <summary>人工 (person-years, one decimal).</summary>
    public decimal? StaffEffort { get; set; }

    public string? Activity1Name { get; set; }

    public string? Activity1Unit { get; set; }

    public decimal? Activity1Target { get; set; }

    public decimal? Activity1Actual { get; set; }

    public string? Activity2Name { get; set; }

    public string? Activity2Unit { get; set; }

    public decimal? Activity2Target { get; set; }

    public decimal? Activity2Actual { get; set; }

    /// <summary>対象 (who or what the project acts on).</summary>
    public string? TargetText { get; set; }

    /// <summary>意図 (what it means to change for them).</summary>
    public string? IntentText { get; set; }

    /// <summary>手段 (what the city does).</summary>
    public string? MeansText { get; set; }

    /// <summary>今後の方向性.</summary>
    public ProjectDirection? Direction { get; set; }

    public string? DirectionReason { get; set; }

    /// <summary>Copies every figure and word of this year onto <paramref name="target"/>.</summary>
    public void CopyTo(ProjectYear target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.InitialBudget = InitialBudget;
        target.SupplementaryBudget = SupplementaryBudget;
        target.Settlement = Settlement;
        target.NationalFunds = NationalFunds;
        target.PrefecturalFunds = PrefecturalFunds;
        target.LocalBonds = LocalBonds;
        target.OtherFunds = OtherFunds;
        target.GeneralFunds = GeneralFunds;
        target.StaffEffort = StaffEffort;
        (target.Activity1Name, target.Activity1Unit, target.Activity1Target, target.Activity1Actual) = (Activity1Name, Activity1Unit, Activity1Target, Activity1Actual);
        (target.Activity2Name, target.Activity2Unit, target.Activity2Target, target.Activity2Actual) = (Activity2Name, Activity2Unit, Activity2Target, Activity2Actual);
        target.TargetText = TargetText;
        target.IntentText = IntentText;
        target.MeansText = MeansText;
        target.Direction = Direction;
        target.DirectionReason = DirectionReason;
    }
}
