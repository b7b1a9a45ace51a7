namespace AsoPlan.Core.Periods;

/// <summary>
/// The planning office's words in a period's final review (総括): 成果 and 課題 of one measure, or of the whole period
/// (<see cref="MeasureId"/> null). Written as a draft and approved by another member of the office, like a yearly
/// record; only the approved words (<see cref="Results"/>, <see cref="Issues"/>) are public, so a new draft written
/// after an approval leaves what the public reads unchanged until it is approved in turn.
/// </summary>
public class FinalReviewText
{
    public int Id { get; set; }

    public int PlanPeriodId { get; set; }

    public Plan.PlanPeriod? PlanPeriod { get; set; }

    /// <summary>The measure the words are about; null for the whole period.</summary>
    public int? MeasureId { get; set; }

    public Plan.Measure? Measure { get; set; }

    /// <summary>The draft's 成果 (null when no draft is waiting).</summary>
    public string? DraftResults { get; set; }

    /// <summary>The draft's 課題.</summary>
    public string? DraftIssues { get; set; }

    /// <summary>A draft is waiting for approval.</summary>
    public bool HasDraft { get; set; }

    /// <summary>Approved 成果: public.</summary>
    public string? Results { get; set; }

    /// <summary>Approved 課題: public.</summary>
    public string? Issues { get; set; }

    /// <summary>UTC time of the latest draft.</summary>
    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>UTC time of the latest approval; null before the first.</summary>
    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    /// <summary>Renewed with every draft, so an approval approves the draft the approver read.</summary>
    public Guid Version { get; set; }
}
