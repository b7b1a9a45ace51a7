using System.Globalization;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Notices;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// Opens and closes the yearly entry windows; every change is audited in the same save. Opening a window
/// mails the sections that still owe records for it (a mail failure never undoes the opening: the
/// background check retries it).
/// </summary>
public sealed partial class EntryWindowService(AsoPlanDbContext db, AuditTrail audit, EntryYears years, TimeProvider clock, ReminderDispatcher reminders, Periods.PeriodClosingService closing, ILogger<EntryWindowService> logger)
{
    public const string EntityType = nameof(EntryWindow);

    public async Task<IReadOnlyList<EntryWindowRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await years.AllAsync(cancellationToken);
        var stored = await db.EntryWindows.AsNoTracking()
            .Where(w => all.Contains(w.FiscalYear))
            .Select(w => new EntryWindowRow(w.FiscalYear, w.IsOpen, w.Deadline, w.ChangedAt, w.ChangedBy))
            .ToDictionaryAsync(w => w.FiscalYear, cancellationToken);
        return [.. all.Select(y => stored.GetValueOrDefault(y) ?? new EntryWindowRow(y, false, null, null, null))];
    }

    public async Task<EntryWindowRow?> FindAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(w => w.FiscalYear == fiscalYear);

    /// <summary>
    /// Opens or closes a year's window and sets its deadline (blank clears it). A deadline that is today or already
    /// past is applied only when <paramref name="confirmed"/>; otherwise nothing changes and the result asks.
    /// </summary>
    public async Task<WindowChangeResult> SetAsync(int fiscalYear, bool open, string? deadlineText, string actor, bool confirmed = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await years.ContainsAsync(fiscalYear, cancellationToken))
        {
            return WindowChangeResult.NotFound;
        }

        if (!TryDeadline(deadlineText, out var deadline))
        {
            return WindowChangeResult.Invalid("締切日は日付（例: 2025-05-31）で入力してください。");
        }

        var window = await db.EntryWindows.SingleOrDefaultAsync(w => w.FiscalYear == fiscalYear, cancellationToken);
        var before = window is null ? null : Snapshot(window);
        if (window is null)
        {
            window = new EntryWindow { FiscalYear = fiscalYear };
            db.EntryWindows.Add(window);
        }

        if (before is not null && before.IsOpen == open && before.Deadline == deadline)
        {
            return WindowChangeResult.Unchanged;
        }

        var opening = open && before?.IsOpen != true;
        if (opening && await ClosedPeriodProblemAsync(fiscalYear, cancellationToken) is { } closed)
        {
            db.ChangeTracker.Clear();
            return WindowChangeResult.Invalid(closed);
        }

        if (open && !confirmed && deadline is { } due && DeadlineQuestion.For(due, clock.GetUtcNow(), opening) is { } question)
        {
            db.ChangeTracker.Clear();
            return WindowChangeResult.Ask(question);
        }

        Apply(window, open, deadline, opening, actor);
        var action = before?.IsOpen == open ? "window.update" : open ? "window.open" : "window.close";
        audit.Record(actor, action, EntityType, fiscalYear.ToString(CultureInfo.InvariantCulture), before, Snapshot(window));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (before is null)
        {
            // Another planner created the year's row at the same moment; theirs stands.
            db.ChangeTracker.Clear();
            return WindowChangeResult.Invalid("他の担当者が同時に変更しました。現在の状態を確認して、もう一度操作してください。");
        }

        return WindowChangeResult.Applied with { Opened = opening, RemindersSent = opening ? await RemindAsync(fiscalYear, cancellationToken) : 0 };
    }

    /// <summary>A finished period's years get no new window until the planning office reopens the period with a reason.</summary>
    private async Task<string?> ClosedPeriodProblemAsync(int fiscalYear, CancellationToken cancellationToken) =>
        await closing.CurrentAsync(cancellationToken) is { } period
            ? Core.Periods.PeriodClosing.OpenWindowProblem(period.IsClosed, period.StartFiscalYear, period.EndFiscalYear, fiscalYear)
            : null;

    /// <summary>A deadline typed as yyyy-MM-dd; blank is no deadline.</summary>
    private static bool TryDeadline(string? text, out DateOnly? deadline)
    {
        deadline = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        deadline = parsed;
        return true;
    }

    private void Apply(EntryWindow window, bool open, DateOnly? deadline, bool opening, string actor)
    {
        window.IsOpen = open;
        window.Deadline = deadline;
        window.ChangedAt = clock.GetUtcNow().UtcDateTime;
        if (opening)
        {
            window.OpenedAt = window.ChangedAt;
        }

        window.ChangedBy = actor;
    }

    private async Task<int> RemindAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        try
        {
            return await reminders.SendDueAsync(fiscalYear, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReminderFailed(ex, fiscalYear);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders for the opened fiscal year {FiscalYear} failed; the background check retries them")]
    private partial void LogReminderFailed(Exception exception, int fiscalYear);

    private static WindowSnapshot Snapshot(EntryWindow window) => new(window.IsOpen, window.Deadline);

    private sealed record WindowSnapshot(bool IsOpen, DateOnly? Deadline);
}

/// <summary>A fiscal year's entry window; a year never opened is closed.</summary>
public sealed record EntryWindowRow(int FiscalYear, bool IsOpen, DateOnly? Deadline, DateTime? ChangedAt, string? ChangedBy);

public sealed record WindowChangeResult(bool Found, string? Error, bool Changed)
{
    /// <summary>Reminder mails sent because this change opened the window.</summary>
    public int RemindersSent { get; init; }

    /// <summary>This change opened the window (not only moved its deadline).</summary>
    public bool Opened { get; init; }

    /// <summary>Nothing changed: the deadline is today or past, and the planning office is asked to confirm it.</summary>
    public DeadlineQuestion? Question { get; init; }

    public static WindowChangeResult Ask(DeadlineQuestion question) => new(true, null, false) { Question = question };

    public static WindowChangeResult NotFound { get; } = new(false, null, false);

    public static WindowChangeResult Applied { get; } = new(true, null, true);

    public static WindowChangeResult Unchanged { get; } = new(true, null, false);

    public bool Succeeded => Found && Error is null && Question is null;

    public static WindowChangeResult Invalid(string error) => new(true, error, false);
}
