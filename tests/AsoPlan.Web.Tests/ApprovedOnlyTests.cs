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
        await Records.AddAsync(Factory, 13, 2022, RecordState.Draft, "M13-I03", 428.8m);
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

        Assert.Contains("427.5km 達成度 B 順調", row, StringComparison.Ordinal);
        Assert.DoesNotContain("428.8", html, StringComparison.Ordinal);
        Assert.DoesNotContain("429.1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("429.3", html, StringComparison.Ordinal);
        Assert.Equal(3, row.Split("未公表").Length - 1);
    }
}
