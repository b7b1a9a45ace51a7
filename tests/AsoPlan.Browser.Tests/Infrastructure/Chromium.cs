using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, driven by Playwright; the suite never downloads a browser of its own.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage =
        $"Chromium is not installed at {ExecutablePath}. Install it with `sudo apt-get install -y chromium` " +
        $"(or run .ci/run), or set {OptOut.Variable}=1 to opt out of the browser tests.";

    /// <summary>
    /// Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this
    /// machine's closed network refuses; --no-sandbox because tests may run as root.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-dev-shm-usage",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(MissingMessage);
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
