namespace AsoPlan.Core.Workflow;

/// <summary>
/// A measure's record for one fiscal year: the section's actual values and PDCA text.
/// Only an approved record's values are ever public.
/// </summary>
public class PdcaRecord
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public Plan.Measure? Measure { get; set; }

    public int FiscalYear { get; set; }

    public RecordState State { get; set; }

    /// <summary>Do: 取組実績.</summary>
    public string? DoText { get; set; }

    /// <summary>Check: the section's self-evaluation A–D.</summary>
    public string? SelfRating { get; set; }

    public string? SelfRatingReason { get; set; }

    /// <summary>Action: 改善・今後の方向性.</summary>
    public string? ActionText { get; set; }

    public string? ReviewComment { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    /// <summary>
    /// Set while an approved record is reopened for correction (訂正): why, as the public note will say it.
    /// Staff may then edit it whatever the entry window; the approval of the correction clears it.
    /// </summary>
    public string? CorrectionReason { get; set; }

    /// <summary>A section's pending request to correct the approved record (訂正の依頼): why.</summary>
    public string? CorrectionRequest { get; set; }

    public string? CorrectionRequestedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? CorrectionRequestedAt { get; set; }

    /// <summary>A correction is under way: the record was published and has been reopened.</summary>
    public bool IsCorrecting => CorrectionReason is not null;

    /// <summary>App-managed optimistic concurrency token, portable across providers.</summary>
    public Guid Version { get; set; }

    public List<ActualValue> Values { get; set; } = [];

    /// <summary>The measure's projects' years (事務事業評価) entered with this record.</summary>
    public List<Budget.ProjectRecord> Projects { get; set; } = [];
}
