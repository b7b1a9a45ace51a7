using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class MeasurePageTests(PortalFixture portal)
{
    public static TheoryData<int> MeasureNumbers => new(Seed.Measures.Select(m => m.Number));

    [Theory]
    [MemberData(nameof(MeasureNumbers))]
    public async Task Every_measure_page_shows_what_the_measure_carries(int number)
    {
        var measure = Seed.Measure(number);

        var html = await portal.Client.GetPageAsync($"/measures/{number}");
        var text = Html.Text(html);

        Assert.Equal($"実施施策{number} {measure.Title} | 第2次阿蘇市総合計画", Html.Title(html));
        Assert.Contains(measure.Title, text, StringComparison.Ordinal);
        Assert.Contains(measure.OwnerLabel, text, StringComparison.Ordinal);
        foreach (var paragraph in measure.Description)
        {
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        }

        foreach (var goal in measure.SdgGoals)
        {
            Assert.Contains($"目標{goal.Goal}　{goal.Label}", text, StringComparison.Ordinal);
            foreach (var target in goal.Targets)
            {
                Assert.Contains(target, text, StringComparison.Ordinal);
            }
        }

        foreach (var action in measure.KeyActions)
        {
            Assert.Contains(action, text, StringComparison.Ordinal);
        }

        foreach (var initiative in measure.Initiatives)
        {
            Assert.Contains(initiative.Name, text, StringComparison.Ordinal);
            Assert.Contains(initiative.Effect, text, StringComparison.Ordinal);
            foreach (var project in initiative.Projects)
            {
                Assert.Contains(project.Name, text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(MeasureNumbers))]
    public async Task Every_indicator_row_shows_name_unit_baseline_and_target_as_numbers(int number)
    {
        var measure = Seed.Measure(number);

        var html = await portal.Client.GetPageAsync($"/measures/{number}");

        if (measure.Indicators.Count == 0)
        {
            Assert.Contains("数値の成果指標が設定されていません", html, StringComparison.Ordinal);
            return;
        }

        foreach (var indicator in measure.Indicators)
        {
            var row = Html.Text(Html.Section(html, $"indicator-{indicator.Code}", "tr"));
            Assert.Contains(indicator.Name, row, StringComparison.Ordinal);
            Assert.Contains($"単位: {indicator.Unit}", row, StringComparison.Ordinal);
            Assert.Contains(indicator.Baseline.Value is { } baseline ? Seed.Shown(baseline, indicator) : "基準値なし", row, StringComparison.Ordinal);
            if (indicator.Target.Value is { } target)
            {
                Assert.Contains(Seed.Shown(target, indicator), row, StringComparison.Ordinal);
            }

            Assert.Equal(4, CountOf(row, "未公表"));
        }
    }

    [Fact]
    public async Task Measure_13_shows_its_title_and_an_indicators_baseline()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/measures/13"));

        Assert.Contains("安心・安全なインフラ環境整備と住宅等耐震化の推進", text, StringComparison.Ordinal);
        Assert.Contains("道路改良延長", text, StringComparison.Ordinal);
        Assert.Contains("426.9km （令和2年度）", text, StringComparison.Ordinal);
        Assert.Contains("429.4km （令和6年度）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_target_is_shown_with_its_computed_value()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/measures/18"));

        Assert.Contains("10%向上（3,776人）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_keep_the_decimals_and_thousands_separators_of_the_source()
    {
        var stay = Html.Text(await portal.Client.GetPageAsync("/measures/14"));
        var tourism = Html.Text(await portal.Client.GetPageAsync("/measures/4"));

        Assert.Contains("65.33%", stay, StringComparison.Ordinal);
        Assert.Contains("65.00%", stay, StringComparison.Ordinal);
        Assert.Contains("226,450人", tourism, StringComparison.Ordinal);
        Assert.Contains("730,000人", tourism, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumbs_lead_back_through_the_policy()
    {
        var html = await portal.Client.GetPageAsync("/measures/13");
        var crumbs = Html.Breadcrumbs(html);

        Assert.Contains("href=\"/policies\"", crumbs, StringComparison.Ordinal);
        Assert.Contains("href=\"/policies/5\"", crumbs, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">実施施策13<", crumbs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_list_links_all_twenty_measures()
    {
        var html = await portal.Client.GetPageAsync("/measures");

        Assert.Equal(20, Seed.Measures.Count());
        foreach (var measure in Seed.Measures)
        {
            Assert.Contains($"href=\"/measures/{measure.Number}\"", html, StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
