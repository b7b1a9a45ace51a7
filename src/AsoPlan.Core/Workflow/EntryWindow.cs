namespace AsoPlan.Core.Workflow;

/// <summary>
/// Whether staff may enter a fiscal year's records. The planning office opens and closes it;
/// a year without a row is closed.
/// </summary>
public class EntryWindow
{
    public int Id { get; set; }

    /// <summary>Gregorian fiscal year (2021 = 令和3年度).</summary>
    public int FiscalYear { get; set; }

    public bool IsOpen { get; set; }

    /// <summary>Optional deadline shown to staff (date only, local).</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>UTC time of the latest opening; reminders tell one opening from the next by it.</summary>
    public DateTime? OpenedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public string? ChangedBy { get; set; }
}
