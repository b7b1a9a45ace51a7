using System.Text.RegularExpressions;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>Status everywhere it helps: the plan tree and policy pages carry each measure's latest published rating; /progress has headline tiles and the ratings year by year; SDG goals are tiles in their colours.</summary>
[Collection(ProgressPortal.Name)]
public sealed partial class StatusEverywhereTests(ProgressPortalFixture portal)
{
    [Fact]
    public async Task The_plan_tree_shows_each_measures_latest_published_rating_in_words_with_coverage_and_a_text_equivalent()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/");
        var progress = await client.GetPageAsync("/progress?year=2022");

        // Measure 3 is approved in R4, measure 11 only in R3, measures 1 and 20 have no indicators.
        var measure3 = TreeItem(html, 3);
        Assert.Contains("令和4年度", measure3, StringComparison.Ordinal);
        Assert.Contains(ProgressLabel(progress, 3), measure3, StringComparison.Ordinal);
        Assert.Matches("\\d+件中\\d+件を評価", measure3);
        Assert.Contains("指標: ", measure3, StringComparison.Ordinal);
        Assert.Contains("令和3年度", TreeItem(html, 11), StringComparison.Ordinal);
        Assert.DoesNotContain("measure-status", TreeItem(html, 1), StringComparison.Ordinal);
        Assert.DoesNotContain("measure-status", TreeItem(html, 20), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_page_shows_the_same_status_under_its_measures()
    {
        using var client = portal.AnonymousClient();
        var policy = await client.GetPageAsync("/policies/2");
        var progress = await client.GetPageAsync("/progress?year=2022");

        Assert.Contains(ProgressLabel(progress, 3), TreeItem(policy, 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_has_headline_tiles_that_add_up_to_the_whole_plans_tally_and_the_ratings_year_by_year()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/progress?year=2021");
        var whole = TallyCells.Read(html, "public-whole", "全指標");

        var tiles = html[html.IndexOf("id=\"headline-tiles\"", StringComparison.Ordinal)..];
        tiles = tiles[..tiles.IndexOf("</ul>", StringComparison.Ordinal)];
        var counts = TileCount().Matches(tiles).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([whole.A, whole.B, whole.C, whole.D, whole.Unrated, whole.WorseThanBaseline], counts);
        Assert.Contains("順調", tiles, StringComparison.Ordinal);
        Assert.Contains("未評価", tiles, StringComparison.Ordinal);
        Assert.Contains("基準値より悪化", tiles, StringComparison.Ordinal);

        var history = Html.Section(html, "measure-history", "table");
        var row3 = history[history.IndexOf("/measures/3\"", StringComparison.Ordinal)..];
        row3 = row3[..row3.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(ProgressLabel(await client.GetPageAsync("/progress?year=2021"), 3), row3, StringComparison.Ordinal);
        Assert.Contains("未公表", row3, StringComparison.Ordinal); // R5 and R6
    }

    [Fact]
    public async Task Sdg_goals_are_tiles_with_their_number_and_name_in_the_official_colours()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/sdgs");
        var css = await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));

        var goals = SdgTile().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(goals);
        foreach (var goal in goals)
        {
            Assert.Contains($".sdg-goal-{goal} {{\n  --sdg-bg: {SdgColours.Background(goal)};\n  --sdg-fg: {SdgColours.Text(goal)};", css, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<span class=\"sdg-name\">目標11　住み続けられるまちづくりを</span>", html, StringComparison.Ordinal);
    }

    /// <summary>The list item of a measure link in the plan tree or a measure list.</summary>
    private static string TreeItem(string html, int measure)
    {
        var at = html.IndexOf($"<a href=\"/measures/{measure}\">", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no link to measure {measure}");
        return html[at..html.IndexOf("</li>", at, StringComparison.Ordinal)];
    }

    /// <summary>The measure's rating as /progress prints it in its measure table.</summary>
    private static string ProgressLabel(string progress, int measure)
    {
        var row = Html.Section(progress, $"measure-{measure}", "tr");
        return RatingSpan().Match(row).Groups[1].Value.Trim();
    }

    [GeneratedRegex("<span class=\"tile-count\">(\\d+)</span>")]
    private static partial Regex TileCount();

    [GeneratedRegex("class=\"sdg-tile sdg-goal-(\\d+)\"")]
    private static partial Regex SdgTile();

    [GeneratedRegex("<span class=\"rating rating-[a-z]+\">([^<]+)</span>")]
    private static partial Regex RatingSpan();
}
