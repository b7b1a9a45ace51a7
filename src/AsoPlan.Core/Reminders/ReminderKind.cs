namespace AsoPlan.Core.Reminders;

/// <summary>Why a section is reminded; the later kind is the more urgent one.</summary>
public enum ReminderKind
{
    /// <summary>The planning office opened the year's entry window.</summary>
    WindowOpened = 1,

    /// <summary>The deadline is a configured number of days away.</summary>
    DeadlineApproaching = 2,
}
