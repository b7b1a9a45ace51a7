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

    /// <summary>Opens every page of a kind on a screen and collects what <paramref name="inspect"/> finds on each.</summary>
    public static async Task<IReadOnlyList<(string Where, IReadOnlyList<string> Problems)>> InspectEveryPageAsync(
        this BrowserSuite suite, string kind, Screen screen, Func<IPage, PublicPage, Task<IReadOnlyList<string>>> inspect)
    {
        var results = new List<(string, IReadOnlyList<string>)>();
        foreach (var target in await SiteMap.PagesAsync(await suite.ServerAsync(), kind))
        {
            var page = await suite.OpenAsync(screen, target);
            results.Add((target.Path, await inspect(page, target)));
        }

        return results;
    }
}
