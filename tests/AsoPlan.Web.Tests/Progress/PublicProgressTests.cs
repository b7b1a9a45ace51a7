using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Progress;

[Collection(ProgressPortal.Name)]
public sealed partial class PublicProgressTests(ProgressPortalFixture portal)
{
    [Fact]
    public async Task Overview_counts_approved_values_only_and_matches_the_engine()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/progress?year=2022");

        var expected = await EngineOracle.TallyAsync(portal.Factory, DemoActuals.R4, EngineOracle.Approved);
        Assert.Equal(expected, TallyCells.Read(html, "public-whole", "全指標"));

        // R4 has submitted, returned and draft records too: the planning dashboard counts more than the public page
        using var planning = await portal.PlanningClientAsync();
        var dashboard = TallyCells.Read(await planning.GetPageAsync("/planning/dashboard?year=2022"), "tally-whole", "全指標");
        Assert.True(dashboard.Rated > expected.Rated, $"dashboard {dashboard.Rated} rated, public {expected.Rated}");
    }

    [Fact]
    public async Task Fully_approved_year_agrees_with_the_dashboard_row_by_row()
    {
        using var client = portal.AnonymousClient();
        using var planning = await portal.PlanningClientAsync();
        var overview = await client.GetPageAsync("/progress?year=2021");
        var dashboard = await planning.GetPageAsync("/planning/dashboard?year=2021");

        Assert.Equal(TallyCells.Read(dashboard, "tally-whole", "全指標"), TallyCells.Read(overview, "public-whole", "全指標"));
        Assert.Equal(TallyCells.Read(dashboard, "tally-sdg", "目標2 飢餓をゼロに"), TallyCells.Read(overview, "public-sdg", "目標2 飢餓をゼロに"));
        Assert.Equal(TallyCells.Read(dashboard, "tally-policy", "政策4「健康」"), TallyCells.Read(overview, "public-policy", "政策4「健康」人権尊重社会の形成と福祉・保健・介護・医療・環境等の充実"));
    }

    [Fact]
    public async Task Overview_says_which_years_are_approved_so_far()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/progress");

        Assert.Matches(Row("2021", "一部公表", "17 / 20 施策"), html);
        Assert.Matches(Row("2022", "一部公表", "8 / 20 施策"), html);
        Assert.Matches(Row("2023", "未公表", "0 / 20 施策"), html);
        Assert.Contains("<small class=\"text-body-secondary\"> 令和4年度</small>", html, StringComparison.Ordinal); // latest approved year by default
    }

    [Fact]
    public async Task Measure_page_chart_holds_approved_values_only_and_its_table_has_the_same_numbers()
    {
        using var client = portal.AnonymousClient();

        // measure 15's R4 record was returned: its R3 value is public, its R4 value is not
        var html = await client.GetPageAsync("/measures/15");
        var canvas = ChartData().Match(html);
        Assert.True(canvas.Success, "no chart on /measures/15");
        using var chart = JsonDocument.Parse(WebUtility.HtmlDecode(canvas.Groups[1].Value));
        var labels = chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        var actual = chart.RootElement.GetProperty("actual").EnumerateArray().ToList();
        Assert.Equal(["R2", "R3", "R4", "R5", "R6"], labels);
        Assert.Equal(JsonValueKind.Number, actual[0].ValueKind); // baseline
        Assert.Equal(JsonValueKind.Null, actual[2].ValueKind); // returned R4 stays unpublished
        Assert.Contains("data-chart-library=\"/lib/chartjs/chart.umd.min.js?v=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"/lib/chartjs/", html, StringComparison.Ordinal); // fetched on demand
        Assert.Contains("<script src=\"/js/indicator-charts.js?v=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S", html); // no inline script
        Assert.Contains("の推移（グラフの数値）</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_library_and_script_are_served_from_this_site()
    {
        using var client = portal.AnonymousClient();
        var library = await client.GetStringAsync(new Uri("/lib/chartjs/chart.umd.min.js", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/js/indicator-charts.js", UriKind.Relative));

        Assert.StartsWith("/*!\n * Chart.js v4.6.1", library, StringComparison.Ordinal);
        Assert.Contains("canvas[data-chart]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_that_cannot_be_shown_is_explained()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/progress?year=1999");

        Assert.Contains("指定された年度は表示できません。", html, StringComparison.Ordinal);
    }

    private static Regex Row(string year, string status, string measures) =>
        new($"<tr data-year=\"{year}\">.*?<td[^>]*>{Regex.Escape(status)}</td>\\s*<td class=\"num\"[^>]*>{Regex.Escape(measures)}</td>", RegexOptions.Singleline);

    [GeneratedRegex("<canvas data-chart=\"([^\"]+)\"")]
    private static partial Regex ChartData();
}
