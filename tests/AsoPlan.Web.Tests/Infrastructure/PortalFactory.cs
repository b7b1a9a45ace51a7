using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// The real app on its own SQLite file (real migrations and seed import at startup) with its
/// log files in a temporary folder. Two factories given the same folder share one database,
/// which is how a restart is simulated.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory(string? directory = null)
    {
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "asoplan-web-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>The host environment; Testing unless a test needs to see what Development does.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Sign-in attempts allowed per minute per address and per account.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 100_000;

    /// <summary>Citizens' opinions allowed per minute and per day from one address (the flood test sets its own).</summary>
    public int OpinionsPerAddress { get; init; } = 100_000;

    /// <summary>Extra configuration, applied after the defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replaces services at the true seams (clock, mail), after the app registered its own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string DatabasePath => Path.Combine(Directory, "asoplan.db");

    public string LogDirectory => Path.Combine(Directory, "logs");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

    /// <summary>Removes the folder of a factory that is already disposed.</summary>
    public static void DeleteDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:AsoPlan", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        // The suite signs in hundreds of times from one test client; the rate limit has its own tests.
        builder.UseSetting("Security:SignInAttemptsPerMinutePerAddress", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:SignInAttemptsPerMinutePerAccount", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:OpinionsPerMinutePerAddress", OpinionsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:OpinionsPerDayPerAddress", OpinionsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Serilog:WriteTo:File:Args:path", Path.Combine(LogDirectory, "asoplan-.log"));
        builder.UseSetting("Serilog:WriteTo:Console:Args:restrictedToMinimumLevel", "Warning");
        builder.ConfigureServices(services => services.AddSqlServerReadinessChecks());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }
}
