using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

/// <summary>Only approved values are public: drafts, submissions and returned records never show.</summary>
public sealed class ApprovedOnlyTests : IAsyncLifetime
{
    private PortalFactory Factory { get; } = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = Factory.CreateClient();
        await Records.AddAsync(Factory, 13, 2021, RecordState.Approved, "M13-I03", 427.5m);
        await Records.AddAsync(Factory, 13, 2022, RecordState.Draft, "M13-I03", 428.6m); // not 428.8: that is R5 on the straight path, which the chart table shows
        await Records.AddAsync(Factory, 13, 2023, RecordState.Submitted, "M13-I03", 429.1m);
        await Records.AddAsync(Factory, 13, 2024, RecordState.Returned, "M13-I03", 429.3m);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Measure_page_shows_the_approved_value_with_its_achievement_and_nothing_else()
    {
        var html = await client.GetPageAsync("/measures/13");
        var row = Html.Text(Html.Section(html, "indicator-M13-I03", "tr"));

        Assert.Contains("427.5km 評価 B おおむね順調", row, StringComparison.Ordinal);
        Assert.DoesNotContain("428.6", html, StringComparison.Ordinal);
        Assert.DoesNotContain("429.1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("429.3", html, StringComparison.Ordinal);
        Assert.Equal(3, row.Split("未公表").Length - 1);
    }

    [Fact]
    public async Task Open_data_carries_the_approved_value_only()
    {
        var csv = Csv.Rows((await client.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        var row = csv.Single(r => r["指標コード"] == "M13-I03");
        var json = await client.GetStringAsync(new Uri("/opendata/indicators.json", UriKind.Relative));
        var plan = await client.GetStringAsync(new Uri("/opendata/plan.json", UriKind.Relative));

        Assert.Equal("427.5", row["令和3年度実績"]);
        Assert.Equal(string.Empty, row["令和4年度実績"]);
        Assert.Equal(string.Empty, row["令和5年度実績"]);
        Assert.Equal(string.Empty, row["令和6年度実績"]);
        Assert.Contains("\"actualR3\": 427.5", json, StringComparison.Ordinal);
        foreach (var hidden in new[] { "428.6", "429.1", "429.3" })
        {
            Assert.DoesNotContain(hidden, json, StringComparison.Ordinal);
            Assert.DoesNotContain(hidden, plan, StringComparison.Ordinal);
        }
    }
}
