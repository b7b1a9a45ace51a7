namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// Runs the opinions' retention (<see cref="OpinionRetentionRun"/>) at start and then every <see cref="Interval"/> on the
/// injected clock: erasure is due from a day (1 April), so a few runs a day erase on time without anyone pressing a button.
/// A failing run is logged and the next one tries again; it never stops the app.
/// </summary>
public sealed partial class OpinionRetentionBackgroundService(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<OpinionRetentionBackgroundService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var erased = await scope.ServiceProvider.GetRequiredService<OpinionRetentionRun>().EraseDueAsync(cancellationToken);
            if (erased > 0)
            {
                LogErased(erased);
            }

            return erased;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRunFailed(ex);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                await RunAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opinion retention: personal data erased from {Count} opinions")]
    private partial void LogErased(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The opinion retention run failed; the next run tries again")]
    private partial void LogRunFailed(Exception exception);
}
