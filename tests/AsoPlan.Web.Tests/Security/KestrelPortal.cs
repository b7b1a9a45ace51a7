using System.Net;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// The app as its own process on Kestrel, for what the in-memory test server does not do as a real server does:
/// header validation, request body limits, memory of the process. Accounts and windows are set up through
/// <see cref="Database"/> (the same SQLite file).
/// </summary>
public class KestrelPortal : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string> settings;

    public KestrelPortal()
        : this(new Dictionary<string, string>
        {
            ["Security:SignInAttemptsPerMinutePerAddress"] = "100000",
            ["Security:SignInAttemptsPerMinutePerAccount"] = "100000",
        })
    {
    }

    /// <summary>An instance with these configuration settings (the sign-in limits are the app's own unless given).</summary>
    protected KestrelPortal(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    public WorkflowPortal Database { get; } = new();

    public AppProcess App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = await AppProcess.StartAsync(Database.Factory, "kestrel", settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Anonymous() => App.Client(new CookieContainer());

    /// <summary>A new account with the roles (and section), signed in on the running app through its login form.</summary>
    public async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(string? sectionCode, params string[] roles)
    {
        var email = await Database.CreateAccountAsync(sectionCode, roles);
        var cookies = new CookieContainer();
        var client = App.Client(cookies);
        await client.SignInAsync(email);
        return (client, cookies);
    }
}
