using System.Net;
using System.Text.Json.Nodes;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>Two plan periods: the public pages read the current one unless <c>?period=</c> names the other.</summary>
public sealed class PlanPeriodPagesTests(TwoPeriodPortal portal) : IClassFixture<TwoPeriodPortal>
{
    private const string Old = "?period=" + TwoPeriodPortal.OldCode;

    private HttpClient Client => portal.Client;

    [Fact]
    public void Before_the_next_period_was_loaded_the_pages_showed_one_period_and_no_switcher()
    {
        Assert.DoesNotContain("period-select", portal.PoliciesBeforeLoad, StringComparison.Ordinal);
        Assert.DoesNotContain("period-select", portal.HomeBeforeLoad, StringComparison.Ordinal);
        Assert.Contains(portal.OldPolicyTitle, portal.PoliciesBeforeLoad, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/policies")]
    [InlineData("/measures")]
    [InlineData("/sdgs")]
    [InlineData("/sections/kanko")]
    public async Task By_default_the_pages_show_only_the_newly_loaded_current_period(string url)
    {
        var html = await Client.GetPageAsync(url);

        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/measures/4\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?period=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/policies")]
    [InlineData("/measures")]
    [InlineData("/sdgs")]
    [InlineData("/sections/kanko")]
    public async Task The_older_period_is_shown_when_asked_for_and_its_links_keep_it(string url)
    {
        var html = await Client.GetPageAsync(url + Old);

        Assert.Contains(portal.OldMeasureTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPeriodPortal.NextMeasureTitle, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/measures/4{Old}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/measures/4\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sections{Old}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/progress{Old}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{TwoPeriodPortal.OldCode}\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("後期基本計画（令和3年度〜令和6年度）の内容を表示しています。", Html.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_list_was_evicted_by_the_load_and_now_shows_the_current_period_with_the_switcher()
    {
        var html = await Client.GetPageAsync("/policies");

        Assert.Contains(TwoPeriodPortal.NextPolicyTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldPolicyTitle, html, StringComparison.Ordinal);
        Assert.Contains("次期基本計画は、重点政策と基幹政策の6つの政策と、それを実現する20の実施施策", Html.Text(html), StringComparison.Ordinal);
        var switcher = Html.Section(html, "period-select", "select");
        Assert.Contains("<label for=\"period-select\">計画期間</label>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{TwoPeriodPortal.OldCode}\">後期基本計画（令和3年度〜令和6年度）</option>", switcher, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{TwoPeriodPortal.NextCode}\" selected=\"selected\">次期基本計画（令和7年度〜令和10年度）（現行）</option>", switcher, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/policies\" class=\"period-switch\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_number_names_the_policy_of_the_chosen_period()
    {
        var current = await Client.GetPageAsync("/policies/2");
        var old = await Client.GetPageAsync("/policies/2" + Old);

        Assert.Contains(TwoPeriodPortal.NextPolicyTitle, current, StringComparison.Ordinal);
        Assert.Contains("href=\"/measures/4\"", current, StringComparison.Ordinal);
        Assert.Contains(portal.OldPolicyTitle, old, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPeriodPortal.NextPolicyTitle, old, StringComparison.Ordinal);
        Assert.Contains($"href=\"/measures/4{Old}\"", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_number_names_the_measure_of_the_chosen_period()
    {
        var current = await Client.GetPageAsync("/measures/4");
        var old = await Client.GetPageAsync("/measures/4" + Old);

        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, current, StringComparison.Ordinal);
        Assert.Contains("令和10年度<br>実績", current, StringComparison.Ordinal);
        Assert.Contains("href=\"/measures/5\"", current, StringComparison.Ordinal);
        Assert.Contains(portal.OldMeasureTitle, old, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPeriodPortal.NextMeasureTitle, old, StringComparison.Ordinal);
        Assert.Contains("令和6年度<br>実績", old, StringComparison.Ordinal);
        Assert.DoesNotContain("令和10年度<br>実績", old, StringComparison.Ordinal);
        Assert.Contains($"href=\"/measures/5{Old}\"", old, StringComparison.Ordinal);
        Assert.Contains($"href=\"/policies/2{Old}\"", old, StringComparison.Ordinal);
        // Only 後期基本計画 has an approved value for measure 4 (123 in 令和4年度).
        Assert.Contains("class=\"d-block small rating rating-", old, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"d-block small rating rating-", current, StringComparison.Ordinal);
        await Client.GetPageAsync("/measures/21", HttpStatusCode.NotFound);
        await Client.GetPageAsync("/measures/21" + Old, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_is_reported_for_the_chosen_periods_years_and_approvals()
    {
        var current = await Client.GetPageAsync("/progress");
        var old = await Client.GetPageAsync("/progress" + Old);

        Assert.Contains("data-year=\"2028\"", current, StringComparison.Ordinal);
        Assert.DoesNotContain("data-year=\"2022\"", current, StringComparison.Ordinal);
        Assert.Contains("承認済みの実績はまだありません。", Html.Text(current), StringComparison.Ordinal);
        Assert.Contains("基準値（令和6年度）から目標値（令和10年度）まで", Html.Text(current), StringComparison.Ordinal);
        Assert.Contains("data-year=\"2022\"", old, StringComparison.Ordinal);
        Assert.DoesNotContain("data-year=\"2028\"", old, StringComparison.Ordinal);
        Assert.Contains("基準値（令和2年度）から目標値（令和6年度）まで", Html.Text(old), StringComparison.Ordinal);
        Assert.Contains($"href=\"/measures/4{Old}\"", old, StringComparison.Ordinal);
        Assert.Contains($"href=\"/policies/2{Old}\"", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_the_chosen_periods_items_only()
    {
        var search = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("観光地域づくり"));
        var oldSearch = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("観光地域づくり") + "&period=" + TwoPeriodPortal.OldCode);

        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, search, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, search, StringComparison.Ordinal);
        Assert.Contains("href=\"/measures/4\"", search, StringComparison.Ordinal);
        Assert.Contains(portal.OldMeasureTitle, oldSearch, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPeriodPortal.NextMeasureTitle, oldSearch, StringComparison.Ordinal);
        Assert.Contains($"href=\"/measures/4{Old}\"", oldSearch, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"period\" value=\"{TwoPeriodPortal.OldCode}\">", oldSearch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_data_files_hold_the_chosen_period()
    {
        var csv = Csv.Rows((await Client.GetPageAsync("/opendata/indicators.csv")).TrimStart('\uFEFF'));
        var oldCsv = Csv.Rows((await Client.GetPageAsync("/opendata/indicators.csv" + Old)).TrimStart('\uFEFF'));
        var plan = JsonNode.Parse(await Client.GetPageAsync("/opendata/plan.json" + Old))!;
        var json = JsonNode.Parse(await Client.GetPageAsync("/opendata/indicators.json"))!;
        var oldJson = JsonNode.Parse(await Client.GetPageAsync("/opendata/indicators.json" + Old))!;

        Assert.Equal(csv.Count, oldCsv.Count);
        Assert.Contains("令和10年度実績", csv[0].Keys);
        Assert.Contains("令和6年度実績", oldCsv[0].Keys);
        Assert.Equal(TwoPeriodPortal.NextMeasureTitle, csv.First(row => row["指標コード"] == "M04-I01")["施策名"]);
        Assert.Equal(portal.OldMeasureTitle, oldCsv.Single(row => row["指標コード"] == "M04-I01")["施策名"]);
        Assert.Equal("123", oldCsv.Single(row => row["指標コード"] == "M04-I01")["令和4年度実績"]);
        Assert.Equal(string.Empty, csv.Single(row => row["指標コード"] == "M04-I01")["令和8年度実績"]);
        Assert.Equal(TwoPeriodPortal.OldCode, plan["period"]!["code"]!.GetValue<string>());
        Assert.Equal(portal.OldPolicyTitle, plan["period"]!["policies"]![1]!["title"]!.GetValue<string>());
        Assert.Equal("第2次阿蘇市総合計画 次期基本計画（阿蘇市）", json["source"]!.GetValue<string>());
        Assert.Equal("第2次阿蘇市総合計画 後期基本計画（阿蘇市）", oldJson["source"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/?period=no-such-period")]
    [InlineData("/policies?period=no-such-period")]
    [InlineData("/measures/4?period=%E5%BE%8C%E6%9C%9F")]
    [InlineData("/opendata/indicators.csv?period=no-such-period")]
    [InlineData("/search?q=%E8%A6%B3%E5%85%89&period=%3Cscript%3E")]
    [InlineData("/policies?period=aso-2-late&period=aso-2-next")]
    public async Task An_unknown_period_gets_the_Japanese_404_page(string url)
    {
        var html = await Client.GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("ページが見つかりません", Html.Text(html), StringComparison.Ordinal);
    }
}
