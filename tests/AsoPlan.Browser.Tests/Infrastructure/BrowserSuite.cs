using System.Collections.Concurrent;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace AsoPlan.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserSuiteDefinition : ICollectionFixture<BrowserSuite>
{
    public const string Name = "browser";
}

/// <summary>
/// One app server and one browser for the whole suite, each started on first use (the checker self-tests need no
/// app), and one reusable page per screen: tests in the collection run one after another. The server is handed out
/// once 令和3年度 is published on it (<see cref="PublishedYear"/>), so every public page is checked with data.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    private readonly Lazy<Task<AppServer>> server = new(AppServer.StartAsync);
    private readonly Lazy<Task<AppServer>> published;
    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> chromium = new(Chromium.LaunchAsync);
    private readonly ConcurrentDictionary<Screen, Lazy<Task<IPage>>> pages = new();

    private readonly IMessageSink diagnostics;

    public BrowserSuite(IMessageSink diagnostics)
    {
        this.diagnostics = diagnostics;
        published = new(PublishAsync);
        if (OptOut.IsSet)
        {
            diagnostics.OnMessage(new DiagnosticMessage(OptOut.Message));
        }
    }

    public Task<AppServer> ServerAsync() => published.Value;

    private async Task<AppServer> PublishAsync()
    {
        var started = await server.Value;
        await PublishedYear.PublishAsync(this, started, PublishedYear.IsPublished);
        return started;
    }

    public async Task<IBrowser> BrowserAsync() => (await chromium.Value).Browser;

    /// <summary>The shared page for a screen; callers navigate it where they need.</summary>
    public Task<IPage> PageAsync(Screen screen) =>
        pages.GetOrAdd(screen, s => new Lazy<Task<IPage>>(() => NewPageAsync(s))).Value;

    /// <summary>A page of its own (own cookies and downloads), for journeys.</summary>
    public async Task<IPage> NewPageAsync(Screen screen)
    {
        var context = await (await BrowserAsync()).NewContextAsync(screen.ContextOptions());
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (chromium.IsValueCreated && chromium.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = chromium.Value.Result;
            diagnostics.OnMessage(new DiagnosticMessage(await AccessibilityRecord.WriteIfCompleteAsync(browser.Version)));
            await browser.CloseAsync();
            playwright.Dispose();
        }

        if (server.IsValueCreated && server.Value.IsCompletedSuccessfully)
        {
            await server.Value.Result.DisposeAsync();
        }
    }
}
