namespace AsoPlan.Web.Features.Notices;

/// <summary>
/// A notification mail as the record's audit trail keeps it (<c>record.mail</c>): which event it was about, its subject,
/// who it went to, and whether the transport took it.
/// </summary>
public sealed record RecordMailSnapshot(string Event, string Subject, IReadOnlyList<string> ToNames, IReadOnlyList<string> ToAddresses, bool Sent);
