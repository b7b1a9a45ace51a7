using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class OpenDataTests(PortalFixture portal)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Csv_is_utf8_with_bom_and_lists_every_indicator_series_with_the_sources_baseline_and_target()
    {
        using var response = await portal.Client.GetAsync(new Uri("/opendata/indicators.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Bom, bytes[..3]);
        var rows = Csv.Rows(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(Seed.Indicators.Select(x => x.Indicator.Code), rows.Select(r => r["指標コード"]));
        foreach (var (measure, indicator) in Seed.Indicators)
        {
            var row = rows.Single(r => r["指標コード"] == indicator.Code);
            Assert.Equal(measure.Number.ToString(CultureInfo.InvariantCulture), row["施策番号"]);
            Assert.Equal(measure.Title, row["施策名"]);
            Assert.Equal(indicator.Name, row["指標名"]);
            Assert.Equal(indicator.Unit, row["単位"]);
            Assert.Equal(Number(indicator.Baseline.Value, indicator), row["基準値"]);
            Assert.Equal(indicator.Baseline.Value is null ? string.Empty : indicator.Baseline.FiscalYear?.ToString(CultureInfo.InvariantCulture), row["基準年度"]);
            Assert.Equal(indicator.Target.FiscalYear.ToString(CultureInfo.InvariantCulture), row["目標年度"]);
            if (indicator.Target.Value is { } target)
            {
                Assert.Equal(Number(target, indicator), row["目標値"]);
            }

            Assert.Equal(indicator.Target.Text, row["目標値の表記"]);
            Assert.All(["令和3年度実績", "令和4年度実績", "令和5年度実績", "令和6年度実績"], column => Assert.Equal(string.Empty, row[column]));
        }
    }

    [Fact]
    public async Task Csv_gives_a_relative_target_its_computed_value()
    {
        var rows = Csv.Rows((await portal.Client.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        var taxi = rows.Single(r => r["指標コード"] == "M18-I03");

        Assert.Equal("3776", taxi["目標値"]);
        Assert.Equal("10%向上", taxi["目標値の表記"]);
        Assert.Equal("増加を目指す", taxi["目指す方向"]);
    }

    [Fact]
    public async Task Indicators_json_has_the_same_series_and_numbers()
    {
        using var json = JsonDocument.Parse(await portal.Client.GetStringAsync(new Uri("/opendata/indicators.json", UriKind.Relative)));
        var items = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();

        Assert.Equal(Seed.Indicators.Select(x => x.Indicator.Code), items.Select(i => i.GetProperty("indicatorCode").GetString()));
        foreach (var (measure, indicator) in Seed.Indicators)
        {
            var item = items.Single(i => i.GetProperty("indicatorCode").GetString() == indicator.Code);
            Assert.Equal(measure.Number, item.GetProperty("measureNumber").GetInt32());
            Assert.Equal(indicator.Baseline.Value, Decimal(item.GetProperty("baselineValue")));
            if (indicator.Target.Value is { } target)
            {
                Assert.Equal(target, Decimal(item.GetProperty("targetValue")));
            }

            Assert.Equal(JsonValueKind.Null, item.GetProperty("actualR3").ValueKind);
        }
    }

    [Fact]
    public async Task Plan_json_holds_the_whole_structure()
    {
        using var json = JsonDocument.Parse(await portal.Client.GetStringAsync(new Uri("/opendata/plan.json", UriKind.Relative)));
        var root = json.RootElement;
        var policies = root.GetProperty("period").GetProperty("policies").EnumerateArray().ToList();
        var measures = policies.SelectMany(p => p.GetProperty("measures").EnumerateArray()).ToList();

        Assert.Equal(Seed.Value.Vision, root.GetProperty("vision").GetString());
        Assert.Equal(5, root.GetProperty("challenges").GetArrayLength());
        Assert.Equal(Seed.Policies.Select(p => p.Title), policies.Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(Seed.Measures.Select(m => m.Title), measures.Select(m => m.GetProperty("title").GetString()));
        Assert.Equal(
            Seed.Indicators.Select(x => x.Indicator.Code),
            measures.SelectMany(m => m.GetProperty("indicators").EnumerateArray()).Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Open_data_page_links_the_files_and_explains_every_column()
    {
        var html = await portal.Client.GetPageAsync("/opendata");

        Assert.Equal("オープンデータ | 第2次阿蘇市総合計画", Html.Title(html));
        Assert.Contains("href=\"/opendata/indicators.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/opendata/indicators.json\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/opendata/plan.json\"", html, StringComparison.Ordinal);
        var header = Csv.Records((await portal.Client.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'))[0];
        foreach (var column in header)
        {
            Assert.Contains($"<th scope=\"row\">{column}</th>", html, StringComparison.Ordinal);
        }
    }

    private static string Number(decimal? value, IndicatorSeed indicator) =>
        value?.ToString("F" + indicator.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) ?? string.Empty;

    private static decimal? Decimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
