namespace AsoPlan.Core.Workflow;

/// <summary>An indicator's actual value (実績値) for the fiscal year of its record.</summary>
public class ActualValue
{
    public int Id { get; set; }

    public int PdcaRecordId { get; set; }

    public PdcaRecord? PdcaRecord { get; set; }

    public int IndicatorId { get; set; }

    public Plan.Indicator? Indicator { get; set; }

    public decimal? Value { get; set; }

    /// <summary>Why there is no value yet (未確定の理由), when <see cref="Value"/> is null.</summary>
    public string? NotAvailableReason { get; set; }

    /// <summary>速報値: a preliminary value, to be replaced by the final one through a correction.</summary>
    public bool IsPreliminary { get; set; }

    /// <summary>How the value was measured.</summary>
    public string? MeasurementNote { get; set; }
}
