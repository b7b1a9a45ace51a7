namespace AsoPlan.Web.Features.Records;

/// <summary>
/// The planning office's latest answer to a correction request, when it declined it and nothing has happened to
/// the record's correction since: what the section asked, why it was declined, by whom and when (UTC).
/// </summary>
public sealed record DeclinedCorrection(string? Request, string? Reason, string DeclinedBy, DateTime DeclinedAt);
