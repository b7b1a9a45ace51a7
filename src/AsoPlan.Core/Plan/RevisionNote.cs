namespace AsoPlan.Core.Plan;

/// <summary>
/// A change made to the plan after it was adopted, as citizens read it on the public page:
/// 「令和8年度に目標値を変更（…）: 理由」. The audit trail keeps who and the full before/after; this
/// keeps what the public is told. Notes are only added, and outlive an indicator that is deleted.
/// </summary>
public class RevisionNote
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public Policy? Policy { get; set; }

    /// <summary>Null for a change to the policy itself.</summary>
    public int? MeasureId { get; set; }

    public Measure? Measure { get; set; }

    /// <summary>The indicator the change concerns, by code (not a key, so the note survives a deletion).</summary>
    public string? IndicatorCode { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>The fiscal year (Gregorian start year) in which the change was made, shown in wareki.</summary>
    public int FiscalYear { get; set; }

    /// <summary>What was done, e.g. 目標値を変更.</summary>
    public required string Summary { get; set; }

    /// <summary>What it concerned, e.g. 有害鳥獣捕獲従事者数: 120人 → 130人.</summary>
    public string? Detail { get; set; }

    public required string Reason { get; set; }
}
