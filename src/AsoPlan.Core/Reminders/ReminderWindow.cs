namespace AsoPlan.Core.Reminders;

/// <summary>What the reminder rules need to know about a fiscal year's entry window.</summary>
/// <param name="OpenedAt">UTC time of the latest opening; null for a window opened before reminders existed.</param>
public sealed record ReminderWindow(int FiscalYear, bool IsOpen, DateOnly? Deadline, DateTime? OpenedAt);
