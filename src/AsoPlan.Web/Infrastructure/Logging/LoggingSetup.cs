using Serilog;
using Serilog.Events;

namespace AsoPlan.Web.Infrastructure.Logging;

/// <summary>
/// Serilog from the <c>Serilog</c> configuration section (console + rolling file by default), every sink
/// asynchronous (Serilog.Sinks.Async, decision 2101) with the bounded buffer of <see cref="LogBuffer"/>.
/// Request logs carry method, path, status and time only: no query string, user, IP or cookies,
/// so no personal data reaches the files.
/// </summary>
public static class LoggingSetup
{
    public static void AddAsoPlanLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var buffer = LogBuffer.From(builder.Configuration);

        // A logger per host (not the static one) so several test hosts in one process do not collide. The host
        // disposes it when it stops (AddSerilog's logger factory owns it), which drains the buffers below.
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(LeafSettings(builder.Configuration, key => !IsSinkOrBuffer(key))).ReadFrom.Services(services)
                    .Filter.ByExcluding(IsUnencryptedKeyWarning);
                // All configured sinks behind one queue and one thread: a request only enqueues its line, once.
                var settings = LeafSettings(builder.Configuration, key => IsUsing(key) || IsUnder(key, "Serilog:WriteTo"));
                logger.WriteTo.Async(
                    queued => queued.Logger(writer => writer.MinimumLevel.Verbose().ReadFrom.Configuration(settings)),
                    buffer.Size,
                    buffer.BlockWhenFull);
            },
            preserveStaticLogger: true);
    }

    /// <summary>
    /// The <c>Serilog</c> settings that pass <paramref name="include"/>, reduced to their leaf values. Some hosts
    /// (WebApplicationFactory's chained configuration) report an empty string for intermediate sections such as
    /// <c>Serilog:WriteTo:File</c>, which Serilog would take for a sink named "".
    /// </summary>
    private static IConfigurationRoot LeafSettings(ConfigurationManager configuration, Func<string, bool> include) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.GetSection("Serilog").AsEnumerable()
                .Where(setting => !string.IsNullOrEmpty(setting.Value) && include(setting.Key)))
            .Build();

    private static bool IsSinkOrBuffer(string key) => IsUnder(key, "Serilog:WriteTo") || IsUnder(key, LogBuffer.Section);

    private static bool IsUsing(string key) => IsUnder(key, "Serilog:Using");

    private static bool IsUnder(string key, string section) =>
        key.StartsWith(section + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The framework's per-key "No XML encryptor configured" warning: expected without a certificate, and said
    /// once at start instead (<see cref="Security.KeyProtectionNote"/>).
    /// </summary>
    private static bool IsUnencryptedKeyWarning(LogEvent logEvent) =>
        logEvent.Level == LogEventLevel.Warning
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager" }
        && logEvent.MessageTemplate.Text.StartsWith("No XML encryptor configured", StringComparison.Ordinal);

    /// <summary>Request logging through this host's logger (the static one is left alone, see above).</summary>
    public static IApplicationBuilder UseAsoPlanRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : IsQuiet(context.Request.Path) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
    }

    private static bool IsQuiet(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css");
}
