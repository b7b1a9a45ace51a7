using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

/// <summary>What a search result and a browser tab show of a public page: its description and the site's icon.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class PageHeadTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/", "第2次阿蘇市総合計画")]
    [InlineData("/sections", "第2次阿蘇市総合計画")]
    [InlineData("/policies/5", "政策5「安全」")]
    [InlineData("/measures/13", "実施施策13「安心・安全なインフラ環境整備と住宅等耐震化の推進」")]
    public async Task Every_public_page_describes_itself_for_search_results(string url, string named)
    {
        var html = await portal.Client.GetPageAsync(url);

        var descriptions = DescriptionPattern().Matches(html);
        var description = Assert.Single(descriptions).Groups[1].Value;
        Assert.Contains(named, WebUtility.HtmlDecode(description), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_icon_the_pages_link_is_served()
    {
        var html = await portal.Client.GetPageAsync("/");
        var href = WebUtility.HtmlDecode(IconPattern().Match(html).Groups[1].Value);
        Assert.StartsWith("/favicon.svg?v=", href, StringComparison.Ordinal);

        using var icon = await portal.Client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]+)\">")]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+)\" type=\"image/svg\\+xml\">")]
    private static partial Regex IconPattern();
}
