using System.Net;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Security;

/// <summary>Files made for a signed-in person hold unpublished data: no browser or proxy may keep a copy.</summary>
public sealed class SignedInDownloadTests(WorkflowPortal portal) : IClassFixture<WorkflowPortal>
{
    [Fact]
    public async Task Workbook_report_and_plan_downloads_are_sent_with_no_store()
    {
        await portal.SetWindowAsync(2021, open: true);
        using var staff = await portal.StaffAsync("nosei");
        using var planning = await portal.PlanningAsync();
        using var admin = await portal.AdminAsync();

        await AssertNoStoreAsync(staff.Client, "/staff/sections/nosei/workbooks/2021/download");
        await AssertNoStoreAsync(planning.Client, "/planning/report/csv?year=2021");
        await AssertNoStoreAsync(planning.Client, "/planning/report/workbook?year=2021");
        await AssertNoStoreAsync(admin.Client, "/admin/plan/export");
        await AssertNoStoreAsync(planning.Client, "/planning/report?year=2021");
    }

    [Fact]
    public async Task Public_open_data_for_an_anonymous_visitor_stays_cacheable()
    {
        using var response = await portal.Anonymous().GetAsync(new Uri("/opendata/indicators.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    private static async Task AssertNoStoreAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control: {response.Headers.CacheControl}");
    }
}
