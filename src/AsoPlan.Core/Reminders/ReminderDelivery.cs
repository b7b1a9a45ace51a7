namespace AsoPlan.Core.Reminders;

/// <summary>
/// A reminder sent to one section for one fiscal year's window. Unique on year, section, kind and
/// occasion, so the same reminder is never sent twice (a row is claimed before the mail goes out and
/// removed again when sending fails, so the next check retries it).
/// </summary>
public class ReminderDelivery
{
    public long Id { get; set; }

    /// <summary>Gregorian fiscal year of the entry window (2024 = 令和6年度).</summary>
    public int FiscalYear { get; set; }

    public int SectionId { get; set; }

    public ReminderKind Kind { get; set; }

    /// <summary>Which opening or which deadline the reminder was about (<see cref="DueReminder.Occasion"/>).</summary>
    public required string Occasion { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SentAt { get; set; }

    public int RecipientCount { get; set; }
}
