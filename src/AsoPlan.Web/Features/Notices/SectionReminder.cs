using AsoPlan.Core.Workflow;
using AsoPlan.Web.Infrastructure.Mail;

namespace AsoPlan.Web.Features.Notices;

/// <summary>A section that still owes records for a year, with the staff accounts to tell.</summary>
public sealed record SectionReminder(int SectionId, string SectionName, IReadOnlyList<OutstandingMeasure> Measures, IReadOnlyList<MailRecipient> Recipients);

public sealed record OutstandingMeasure(int Number, string Title, RecordState? State);
