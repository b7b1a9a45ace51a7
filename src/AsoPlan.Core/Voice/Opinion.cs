using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Voice;

/// <summary>
/// A citizen's opinion on a measure (ご意見) and the city's reply (市の考え方). Public only while <see cref="State"/> is
/// 公表 (<see cref="OpinionWorkflow.IsPublic"/>); the sender's details never leave the staff side. After a deletion
/// request or a retention run the personal fields are null and the row stays as a receipt (docs/citizen-voice.md).
/// </summary>
public class Opinion
{
    public long Id { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    /// <summary>Gregorian fiscal year of receipt, read in Japan (2026 = 令和8年度).</summary>
    public int ReceiptYear { get; set; }

    /// <summary>The opinion's number within <see cref="ReceiptYear"/>, from 1.</summary>
    public int ReceiptSequence { get; set; }

    /// <summary>The random letters of the receipt number (<see cref="ReceiptNumber"/>).</summary>
    public required string ReceiptCheck { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>The opinion as sent; null once erased (deletion, or retention of one not published).</summary>
    public string? Text { get; set; }

    /// <summary>A code of <see cref="SenderAttributes.AgeGroups"/>, or null.</summary>
    public string? AgeGroup { get; set; }

    /// <summary>A code of <see cref="SenderAttributes.Districts"/>, or null.</summary>
    public string? District { get; set; }

    /// <summary>Never published; read by the planning office only.</summary>
    public string? SenderName { get; set; }

    public bool ConsentToPublish { get; set; }

    /// <summary>SHA-256 of the normalised text (<see cref="OpinionDuplicates.Fingerprint"/>); null once erased.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>The earliest opinion with the same text on the same measure within the window, if any.</summary>
    public long? DuplicateOfId { get; set; }

    public OpinionState State { get; set; } = OpinionState.New;

    public int? AssignedSectionId { get; set; }

    public Section? AssignedSection { get; set; }

    /// <summary>市の考え方 as drafted by the section, and as published.</summary>
    public string? ReplyText { get; set; }

    /// <summary>The planning office's comment when it sent the draft back.</summary>
    public string? ReplyReturnComment { get; set; }

    public NotPublishedReason? NotPublishedReason { get; set; }

    public string? NotPublishedNote { get; set; }

    /// <summary>UTC; set on publication (the date the public reads beside the reply).</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC of the latest change of state or reply.</summary>
    public DateTime ChangedAt { get; set; }

    public DateTime? SenderDetailsErasedAt { get; set; }

    /// <summary>App-managed concurrency token: renewed on every save, so two people deciding at once do not both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public string Receipt => ReceiptNumber.Format(ReceiptYear, ReceiptSequence, ReceiptCheck);
}
