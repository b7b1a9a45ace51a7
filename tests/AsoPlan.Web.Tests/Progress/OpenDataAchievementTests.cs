using System.Globalization;
using System.Text.Json;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Progress;

[Collection(ProgressPortal.Name)]
public sealed class OpenDataAchievementTests(ProgressPortalFixture portal)
{
    [Fact]
    public async Task Csv_ratings_are_the_engines_for_approved_values_and_count_as_the_public_overview()
    {
        using var client = portal.AnonymousClient();
        var rows = Csv.Rows((await client.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        var engine = (await EngineOracle.JudgeAsync(portal.Factory, DemoActuals.R4)).Where(j => EngineOracle.Approved(j.State)).ToDictionary(j => j.IndicatorCode);

        foreach (var row in rows)
        {
            var expected = engine.GetValueOrDefault(row["指標コード"])?.Achievement;
            Assert.Equal(expected?.Rating.ToString() ?? "", row["令和4年度評価"]);
            Assert.Equal(expected?.Label ?? "", row["令和4年度評価の言葉"]);
            Assert.Equal(expected is null ? "" : expected.WorseThanBaseline ? "該当" : "", row["令和4年度基準値より悪化"]);
            // cut to one decimal, never rounded up across a band bound
            var share = expected?.ShareOfPath is { } s ? PercentText.FloorPercent(s).ToString("F1", CultureInfo.InvariantCulture) : "";
            Assert.Equal(share, row["令和4年度達成度（%）"]);
        }

        var overview = TallyCells.Read(await client.GetPageAsync("/progress?year=2022"), "public-whole", "全指標");
        var ratings = rows.Select(r => r["令和4年度評価"]).ToList();
        Assert.Equal(
            overview,
            new RatingTally(
                ratings.Count(r => r == "A"),
                ratings.Count(r => r == "B"),
                ratings.Count(r => r == "C"),
                ratings.Count(r => r == "D"),
                ratings.Count(r => r == ""),
                rows.Count(r => r["令和4年度基準値より悪化"] == "該当")));
        Assert.All(rows, r => Assert.Equal("", r["令和5年度評価"])); // nothing approved for R5
    }

    [Fact]
    public async Task Json_carries_the_share_as_a_number_and_the_rating_as_a_letter()
    {
        using var client = portal.AnonymousClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/opendata/indicators.json", UriKind.Relative)));
        var hunters = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == "M03-I01");

        var value = hunters.GetProperty("actualR3").GetDecimal();
        var engine = AchievementCalculator.Default.Evaluate(new IndicatorGoal(Core.Plan.IndicatorDirection.Increase, 0, 2020, 105m, 2024, 120m), 2021, value);
        Assert.Equal(PercentText.FloorPercent(engine.ShareOfPath!.Value), hunters.GetProperty("achievementR3").GetDecimal());
        Assert.Equal(engine.Label, hunters.GetProperty("ratingLabelR3").GetString());
        Assert.DoesNotContain("達成", engine.Label, StringComparison.Ordinal);
        Assert.Equal(engine.Rating.ToString(), hunters.GetProperty("ratingR3").GetString());
        Assert.Equal(JsonValueKind.Null, hunters.GetProperty("ratingR5").ValueKind);
    }
}
