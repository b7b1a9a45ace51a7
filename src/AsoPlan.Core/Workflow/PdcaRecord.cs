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

    /// <summary>App-managed optimistic concurrency token, portable across providers.</summary>
    public Guid Version { get; set; }

    public List<ActualValue> Values { get; set; } = [];
}
