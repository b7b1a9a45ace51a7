using AsoPlan.Core.Accounts;
using AsoPlan.Core.Reminders;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Notices;

/// <summary>
/// Sends the reminders that are due (<see cref="ReminderSchedule"/>) to every section of the current plan
/// period that still owes records for an open window. Each (year, section, kind, occasion) is claimed in
/// <see cref="AsoPlanDbContext.ReminderDeliveries"/> before its mail goes out, so it is sent once even when
/// the window page and the background check run at the same moment; a failed mail gives its claim back
/// and is retried by the next check.
/// </summary>
public sealed partial class ReminderDispatcher(
    AsoPlanDbContext db,
    IMailTransport transport,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Sends what is due for every open window (or just <paramref name="fiscalYear"/>'s); returns the number of mails sent.</summary>
    public async Task<int> SendDueAsync(int? fiscalYear = null, CancellationToken cancellationToken = default)
    {
        if (!transport.IsEnabled || options.Value.PortalUrl is null)
        {
            return 0;
        }

        var period = await db.PlanPeriods.AsNoTracking()
            .Where(p => p.IsCurrent)
            .Select(p => new { p.Id, p.StartFiscalYear, p.EndFiscalYear, PlanName = p.Plan!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return 0;
        }

        var windows = await db.EntryWindows.AsNoTracking()
            .Where(w => w.IsOpen && w.FiscalYear >= period.StartFiscalYear && w.FiscalYear <= period.EndFiscalYear)
            .Where(w => fiscalYear == null || w.FiscalYear == fiscalYear)
            .Select(w => new ReminderWindow(w.FiscalYear, w.IsOpen, w.Deadline, w.OpenedAt))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var window in windows)
        {
            var due = ReminderSchedule.Due(window, now, options.Value.DaysBeforeClose);
            if (due.Count > 0)
            {
                sent += await SendAsync(period.Id, period.PlanName, window.FiscalYear, due, now, cancellationToken);
            }
        }

        return sent;
    }

    private async Task<int> SendAsync(int periodId, string planName, int fiscalYear, IReadOnlyList<DueReminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var done = (await db.ReminderDeliveries.AsNoTracking()
                .Where(d => d.FiscalYear == fiscalYear)
                .Select(d => new { d.SectionId, d.Kind, d.Occasion })
                .ToListAsync(cancellationToken))
            .Select(d => (d.SectionId, d.Kind, d.Occasion))
            .ToHashSet();
        var sent = 0;
        foreach (var section in await OutstandingAsync(periodId, fiscalYear, now, cancellationToken))
        {
            var open = due.Where(d => !done.Contains((section.SectionId, d.Kind, d.Occasion))).ToList();
            if (open.Count == 0)
            {
                continue;
            }

            if (section.Recipients.Count == 0)
            {
                LogNoRecipients(section.SectionName, fiscalYear);
                continue;
            }

            // Everything due at once goes in one mail, written as the most urgent of them.
            if (await SendOneAsync(planName, open, section, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(string planName, List<DueReminder> due, SectionReminder section, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claims = due.Select(d => new Core.Reminders.ReminderDelivery
        {
            FiscalYear = d.FiscalYear,
            SectionId = section.SectionId,
            Kind = d.Kind,
            Occasion = d.Occasion,
            SentAt = now.UtcDateTime,
            RecipientCount = section.Recipients.Count,
        }).ToList();
        db.ReminderDeliveries.AddRange(claims);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Claimed by a concurrent check a moment ago: that one sends it.
            db.ChangeTracker.Clear();
            return false;
        }

        var mail = ReminderMessages.Compose(planName, due.MaxBy(d => d.Kind)!, section, options.Value.StaffPage);
        try
        {
            await transport.SendAsync(mail, cancellationToken);
            LogSent(mail.Subject, section.SectionName, section.Recipients.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, section.SectionName, due[0].FiscalYear);
            db.ReminderDeliveries.RemoveRange(claims);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
    }

    /// <summary>Sections owning measures of the period whose record for the year is not submitted, with their staff.</summary>
    private async Task<List<SectionReminder>> OutstandingAsync(int periodId, int fiscalYear, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == periodId)
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title, m.OwnerSectionId, SectionName = m.OwnerSection!.Name, SectionOrder = m.OwnerSection.SortOrder })
            .ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var states = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.FiscalYear == fiscalYear && ids.Contains(r.MeasureId))
            .ToDictionaryAsync(r => r.MeasureId, r => r.State, cancellationToken);
        var staff = (await MailRecipients.InRoleAsync(db, Roles.SectionStaff, now, cancellationToken: cancellationToken))
            .Where(r => r.SectionId is not null)
            .ToLookup(r => r.SectionId!.Value, r => r.Recipient);
        return [.. measures
            .Select(m => new { m.OwnerSectionId, m.SectionName, m.SectionOrder, Measure = new OutstandingMeasure(m.Number, m.Title, states.TryGetValue(m.Id, out var s) ? s : null) })
            .Where(m => ReminderSchedule.Outstanding(m.Measure.State))
            .GroupBy(m => new { m.OwnerSectionId, m.SectionName, m.SectionOrder })
            .OrderBy(g => g.Key.SectionOrder)
            .Select(g => new SectionReminder(g.Key.OwnerSectionId, g.Key.SectionName, [.. g.Select(m => m.Measure)], [.. staff[g.Key.OwnerSectionId]]))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sent to {Section} ({Recipients} recipients): {Subject}")]
    private partial void LogSent(string subject, string section, int recipients);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder to {Section} for fiscal year {FiscalYear} could not be sent; the next check retries it")]
    private partial void LogFailed(Exception exception, string section, int fiscalYear);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Section} owes records for fiscal year {FiscalYear} but has no staff account with an e-mail address")]
    private partial void LogNoRecipients(string section, int fiscalYear);
}
