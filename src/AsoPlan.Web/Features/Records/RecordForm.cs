namespace AsoPlan.Web.Features.Records;

/// <summary>What the staff form posts. Numbers stay text until Core reads them, so anything typed comes back as typed.</summary>
public sealed class RecordForm
{
    /// <summary>The record version the form was loaded with; empty for a record not yet created.</summary>
    public string? Version { get; set; }

    public List<ValueForm> Values { get; set; } = [];

    public string? DoText { get; set; }

    public string? SelfRating { get; set; }

    public string? SelfRatingReason { get; set; }

    public string? ActionText { get; set; }

    /// <summary>The measure's projects' years (事務事業評価), one per project; a form without them keeps what is stored.</summary>
    public List<ProjectForm> Projects { get; set; } = [];
}

public sealed class ValueForm
{
    public int IndicatorId { get; set; }

    public string? Value { get; set; }

    /// <summary>未確定: no value yet, with a reason.</summary>
    public bool NotAvailable { get; set; }

    public string? NotAvailableReason { get; set; }

    public string? MeasurementNote { get; set; }

    /// <summary>速報値 (the form's box and the workbook's 速報値 column always say; null, a post without the field, keeps what is stored).</summary>
    public bool? Preliminary { get; set; }
}
