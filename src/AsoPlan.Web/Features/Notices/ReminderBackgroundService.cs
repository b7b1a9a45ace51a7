using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Notices;

/// <summary>
/// Checks for due reminders at start and then every <see cref="ReminderOptions.CheckInterval"/> on the
/// injected clock. A failing check is logged and the next one tries again; it never stops the app.
/// </summary>
public sealed partial class ReminderBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderBackgroundService> logger) : BackgroundService
{
    /// <summary>One check, in its own scope; the number of mails sent.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().SendDueAsync(cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogCheckFailed(ex);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        try
        {
            do
            {
                await CheckAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder check failed; the next check tries again")]
    private partial void LogCheckFailed(Exception exception);
}
