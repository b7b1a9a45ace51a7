namespace AsoPlan.Core.Plan;

/// <summary>A row of 主な個別計画など: a related plan with its section and period.</summary>
public class IndividualPlan
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public int SortOrder { get; set; }

    public required string Name { get; set; }

    /// <summary>担当課 as printed (blank cells in the source repeat the row above).</summary>
    public required string SectionName { get; set; }

    /// <summary>計画期間など as printed, e.g. 令和2年度 ～令和12年度.</summary>
    public required string PeriodText { get; set; }
}
