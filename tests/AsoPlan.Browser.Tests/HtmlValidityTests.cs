using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;

namespace AsoPlan.Browser.Tests;

/// <summary>The HTML the server sends passes the Nu HTML Checker, every public page in one run.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class HtmlValidityTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_public_page_is_valid_HTML()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var documents = new List<HtmlDocument>();
        var wrongStatus = new List<string>();
        var pages = await SiteMap.AllAsync(server);
        foreach (var target in pages)
        {
            using var response = await server.Http.GetAsync(new Uri(target.Path.TrimStart('/'), UriKind.Relative));
            if ((int)response.StatusCode != target.ExpectedStatus)
            {
                wrongStatus.Add($"{target.Path} answered {(int)response.StatusCode}, expected {target.ExpectedStatus}.");
            }

            documents.Add(new HtmlDocument(target.Name, await response.Content.ReadAsStringAsync()));
        }

        var results = await NuHtmlChecker.ValidateAsync(documents, "pages");
        AccessibilityRecord.HtmlChecked([.. pages.Select(p => (p, results[p.Name].Count(m => m.IsError)))]);
        output.WriteLine($"validated {documents.Count} pages");
        var invalid = NuHtmlChecker.Describe(results);
        Assert.True(wrongStatus.Count == 0 && invalid.Length == 0, string.Join('\n', wrongStatus) + "\n" + invalid);
    }
}
