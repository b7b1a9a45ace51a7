namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>A plain-text mail as the app writes it; the transport adds the sender and the date.</summary>
public sealed record OutgoingMail(IReadOnlyList<MailRecipient> To, string Subject, string Body);

public sealed record MailRecipient(string Name, string Address);
