using System.Text.RegularExpressions;
using AsoPlan.Browser.Tests.Infrastructure;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>Every public page kind, with every policy and every measure.</summary>
public static partial class SiteMap
{
    public const int Policies = 6;
    public const int Measures = 20;

    /// <summary>Page kinds, one test case each; a case checks every page of its kind.</summary>
    private static readonly string[] KindNames =
        ["home", "concept", "policies", "policy", "measures", "measure", "sections", "section", "sdgs", "search-results", "search-empty", "opendata", "progress", "accessibility", "not-found"];

    public static TheoryData<string> Kinds { get; } = new(KindNames);

    public static async Task<IReadOnlyList<PublicPage>> PagesAsync(AppServer server, string kind) => kind switch
    {
        "home" => [new("home", "/")],
        "concept" => [new("concept", "/concept")],
        "accessibility" => [new("accessibility", "/accessibility")],
        "policies" => [new("policies", "/policies")],
        "measures" => [new("measures", "/measures")],
        "sections" => [new("sections", "/sections")],
        "policy" => Enumerable.Range(1, Policies).Select(n => new PublicPage($"policy-{n}", $"/policies/{n}")).ToList(),
        "measure" => Enumerable.Range(1, Measures).Select(n => new PublicPage($"measure-{n}", $"/measures/{n}")).ToList(),
        "section" => [new("section", await FirstSectionPathAsync(server))],
        "sdgs" => [new("sdgs", "/sdgs")],
        "search-results" => [new("search-results", "/search?q=" + Uri.EscapeDataString(SeedFacts.JourneyIndicator.SearchWord))],
        "search-empty" => [new("search-empty", "/search?q=" + Uri.EscapeDataString("該当なしの言葉ZZQ"))],
        "opendata" => [new("opendata", "/opendata")],
        "progress" => [new("progress", "/progress"), new("progress-r3", $"/progress?year={PublishedYear.Year}")],
        "not-found" => [new("not-found", $"/measures/{Measures + 979}", 404)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown page kind"),
    };

    public static async Task<IReadOnlyList<PublicPage>> AllAsync(AppServer server)
    {
        var all = new List<PublicPage>();
        foreach (var kind in KindNames)
        {
            all.AddRange(await PagesAsync(server, kind));
        }

        return all;
    }

    /// <summary>A section page, taken from the section list the way a visitor would find it.</summary>
    private static async Task<string> FirstSectionPathAsync(AppServer server)
    {
        using var response = await server.Http.GetAsync(new Uri("sections", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"/sections answered {(int)response.StatusCode}, expected 200.");
        var html = await response.Content.ReadAsStringAsync();
        var link = SectionLink().Match(html);
        Assert.True(link.Success, "/sections lists no link to a section page (/sections/{code}).");
        return link.Groups[1].Value;
    }

    [GeneratedRegex("href=\"(/sections/[^\"?#/]+)\"")]
    private static partial Regex SectionLink();
}
