namespace AsoPlan.Core.Publication;

/// <summary>
/// What one approval of a measure's yearly record published (公表): its values and their evaluations, when, and
/// for a correction its reason and the dated public notes. The public pages, open data and the report read the
/// current publication of each record; earlier ones stay as they were.
/// </summary>
public class Publication
{
    public int Id { get; set; }

    public int PdcaRecordId { get; set; }

    public Workflow.PdcaRecord? PdcaRecord { get; set; }

    public int MeasureId { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>1 for the first approval, 2 for the first correction, ….</summary>
    public int Revision { get; set; }

    /// <summary>The latest publication of the record: the one the public sees.</summary>
    public bool IsCurrent { get; set; }

    /// <summary>The approval's time (UTC).</summary>
    public DateTime PublishedAt { get; set; }

    /// <summary>Why the record was reopened (a correction); null for the first publication.</summary>
    public string? Reason { get; set; }

    /// <summary>The public notes of a correction, one per line: 「令和8年6月1日 訂正: …（理由）」.</summary>
    public string? Notes { get; set; }

    public List<PublishedValue> Values { get; set; } = [];

    /// <summary>The projects' years (事務事業評価) this approval published.</summary>
    public List<Budget.PublishedProject> Projects { get; set; } = [];
}
