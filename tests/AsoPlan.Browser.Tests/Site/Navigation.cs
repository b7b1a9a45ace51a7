using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Site;

public static class Navigation
{
    /// <summary>Loads a public page on the shared page of a screen and checks the status a citizen gets.</summary>
    public static async Task<IPage> OpenAsync(this BrowserSuite suite, Screen screen, PublicPage target)
    {
        var server = await suite.ServerAsync();
        var page = await suite.PageAsync(screen);
        var response = await page.GotoAsync(server.Url(target.Path).ToString());
        Assert.True(
            response?.Status == target.ExpectedStatus,
            $"{target.Path} answered {response?.Status.ToString() ?? "nothing"}, expected {target.ExpectedStatus}.");
        return page;
    }
}
