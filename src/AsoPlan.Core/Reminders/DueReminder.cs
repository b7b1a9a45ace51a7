namespace AsoPlan.Core.Reminders;

/// <summary>
/// A reminder that is due for every section still owing records. <paramref name="Occasion"/> tells one
/// opening or one deadline from another: reopening a window, or moving its deadline, makes a new reminder.
/// </summary>
public sealed record DueReminder(int FiscalYear, ReminderKind Kind, string Occasion, DateOnly? Deadline, int? DaysLeft);
