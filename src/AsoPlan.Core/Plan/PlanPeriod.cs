namespace AsoPlan.Core.Plan;

/// <summary>A 基本計画 period, e.g. 後期基本計画 R3–R6.</summary>
public class PlanPeriod
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>Natural key, e.g. <c>aso-2-late</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int StartFiscalYear { get; set; }

    public int EndFiscalYear { get; set; }

    /// <summary>Fiscal year of the indicators' baseline (基準値), R2 = 2020.</summary>
    public int BaselineFiscalYear { get; set; }

    /// <summary>Introductory text (基本計画の柱), paragraphs separated by blank lines.</summary>
    public required string Introduction { get; set; }

    public bool IsCurrent { get; set; }

    /// <summary>UTC time the planning office last closed the period explicitly (see <see cref="Periods.PeriodClosing"/>).</summary>
    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>Why it was closed; shown with the closing.</summary>
    public string? ClosedReason { get; set; }

    /// <summary>UTC time the planning office last reopened the period (a later closing undoes it).</summary>
    public DateTime? ReopenedAt { get; set; }

    public string? ReopenedBy { get; set; }

    public string? ReopenedReason { get; set; }

    public List<Policy> Policies { get; set; } = [];
}
