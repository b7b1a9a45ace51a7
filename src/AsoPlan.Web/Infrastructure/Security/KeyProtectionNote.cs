using AsoPlan.Web.Infrastructure.Logging;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// One informational line at start saying how the Data Protection keys are kept. It replaces the framework's
/// "No XML encryptor configured" warning (filtered in <see cref="LoggingSetup"/>), which is expected without a
/// certificate and would otherwise greet every first start as if something were wrong.
/// </summary>
public sealed partial class KeyProtectionNote(KeyProtection protection, ILogger<KeyProtectionNote> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (protection.CertificateSubject is { } subject)
        {
            LogEncrypted(logger, subject);
        }
        else
        {
            LogUnencrypted(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Data Protection keys are encrypted at rest with the certificate {Subject}")]
    private static partial void LogEncrypted(ILogger logger, string subject);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Data Protection keys are stored unencrypted in the table DataProtectionKeys (no DataProtection:CertificatePath set; see docs/security.md): keep database backups secret")]
    private static partial void LogUnencrypted(ILogger logger);
}
