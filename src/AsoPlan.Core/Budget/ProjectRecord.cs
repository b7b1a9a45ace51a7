namespace AsoPlan.Core.Budget;

/// <summary>
/// A project's year inside its measure's yearly record (事務事業評価): budget, settlement and its funding, staff effort,
/// activity and the section's judgement of the project's future. It goes through the record's workflow with it:
/// saved, submitted, returned and approved together, guarded by the record's version, public only once approved.
/// Amounts are 千円.
/// </summary>
public class ProjectRecord
{
    public int Id { get; set; }

    public int PdcaRecordId { get; set; }

    public Workflow.PdcaRecord? PdcaRecord { get; set; }

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
}
