namespace AsoPlan.Web.Features.Review;

/// <summary>A record's audit trail, newest first, each entry with the fields it changed.</summary>
public sealed record RecordHistory(int MeasureNumber, string MeasureTitle, int FiscalYear, IReadOnlyList<HistoryEntry> Entries);

public sealed record HistoryEntry(DateTime At, string Actor, string Action, IReadOnlyList<HistoryChange> Changes);

public sealed record HistoryChange(string Label, string? Before, string? After);
