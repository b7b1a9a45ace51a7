using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Performance;

/// <summary>
/// Public pages and open data come from the output cache, and an approval through the real workflow
/// evicts them, so the next anonymous request shows the new value. Signed-in pages are never cached.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class OutputCacheTests(WorkflowPortal portal)
{
    private const int Measure = 10; // 福祉課: 7 indicators, all 人
    private const int Year = 2024;
    private const string Indicator = "M10-I01";
    private const string MeasurePage = "/measures/10";
    private const string CsvAddress = "/opendata/indicators.csv";

    [Fact]
    public async Task A_cached_measure_page_and_csv_show_an_approved_value_on_the_very_next_request()
    {
        await portal.SetWindowAsync(Year, open: true);
        await portal.SetRecordStateAsync(Measure, Year, null);
        using var staff = await portal.StaffAsync("fukushi");
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();
        await Journeys.SubmitAsync(staff, Measure, Year, "7771", "7772", "7773", "7774", "7775", "7776", "7777");
        var originalName = await IndicatorNameAsync(); // a single-series row: RowName is the same
        const string renamed = "キャッシュ確認用の指標名";

        try
        {
            _ = await anonymous.GetPageAsync(MeasurePage);
            _ = await anonymous.GetStringAsync(new Uri(CsvAddress, UriKind.Relative));

            // Behind the app's back (no SaveChanges, so nothing is evicted): a cached answer cannot show it.
            await RenameIndicatorBehindTheCacheAsync(renamed);
            using var cachedPage = await anonymous.GetAsync(new Uri(MeasurePage, UriKind.Relative));
            var cachedHtml = await cachedPage.Content.ReadAsStringAsync();
            var cachedCsv = await anonymous.GetStringAsync(new Uri(CsvAddress, UriKind.Relative));

            Assert.NotNull(cachedPage.Headers.Age);
            Assert.Contains(originalName, cachedHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(renamed, cachedHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(renamed, cachedCsv, StringComparison.Ordinal);
            Assert.DoesNotContain("7,771人", cachedHtml, StringComparison.Ordinal);

            using (var approve = await Journeys.ApproveAsync(planning, Measure, Year))
            {
                Assert.Equal(System.Net.HttpStatusCode.Redirect, approve.StatusCode);
            }

            var afterHtml = await anonymous.GetPageAsync(MeasurePage);
            var afterCsv = await anonymous.GetStringAsync(new Uri(CsvAddress, UriKind.Relative));

            Assert.Contains("7,771人", afterHtml, StringComparison.Ordinal);
            Assert.Contains(renamed, afterHtml, StringComparison.Ordinal);
            Assert.Contains("7771", afterCsv, StringComparison.Ordinal);
            Assert.Contains(renamed, afterCsv, StringComparison.Ordinal);
        }
        finally
        {
            // Through SaveChanges, which evicts every cached page for the other tests.
            await portal.WithDbAsync(async db =>
            {
                var indicator = await db.Indicators.SingleAsync(i => i.Code == Indicator);
                indicator.Name = originalName;
                indicator.RowName = originalName; // a single-series row: both are the same
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Signed_in_requests_are_never_served_from_or_stored_in_the_cache()
    {
        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningAsync();
        _ = await anonymous.GetPageAsync("/policies");

        using var signedIn = await planning.Client.GetAsync(new Uri("/policies", UriKind.Relative));
        var signedInHtml = await signedIn.Content.ReadAsStringAsync();
        using var dashboard = await planning.Client.GetAsync(new Uri("/planning/dashboard", UriKind.Relative));
        using var dashboardAgain = await planning.Client.GetAsync(new Uri("/planning/dashboard", UriKind.Relative));
        using var anonymousAgain = await anonymous.GetAsync(new Uri("/policies", UriKind.Relative));
        var anonymousHtml = await anonymousAgain.Content.ReadAsStringAsync();

        Assert.Null(signedIn.Headers.Age);
        Assert.Contains("ログイン中", signedInHtml, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, dashboardAgain.StatusCode);
        Assert.Null(dashboard.Headers.Age);
        Assert.Null(dashboardAgain.Headers.Age);
        Assert.NotNull(anonymousAgain.Headers.Age);
        Assert.DoesNotContain("ログイン中", anonymousHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_with_a_flash_message_cookie_is_not_served_from_the_cache()
    {
        using var anonymous = portal.Anonymous();
        _ = await anonymous.GetPageAsync("/sdgs");
        using var cached = await anonymous.GetAsync(new Uri("/sdgs", UriKind.Relative));
        Assert.NotNull(cached.Headers.Age);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sdgs", UriKind.Relative));
        request.Headers.Add("Cookie", "AsoPlan.TempData=a-flash-message-for-this-visitor");
        using var withFlash = await anonymous.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, withFlash.StatusCode);
        Assert.Null(withFlash.Headers.Age); // rendered for this visitor, so the message can be shown and cleared
    }

    private Task<string> IndicatorNameAsync() =>
        portal.WithDbAsync(db => db.Indicators.Where(i => i.Code == Indicator).Select(i => i.Name).SingleAsync());

    private Task<int> RenameIndicatorBehindTheCacheAsync(string name) =>
        portal.WithDbAsync(db => db.Indicators.Where(i => i.Code == Indicator).ExecuteUpdateAsync(s => s.SetProperty(i => i.Name, name).SetProperty(i => i.RowName, name)));
}
