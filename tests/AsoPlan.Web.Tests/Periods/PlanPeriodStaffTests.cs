using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>With two periods, staff and the planning office work on the current period's measures only.</summary>
public sealed class PlanPeriodStaffTests(TwoPeriodPortal portal) : IClassFixture<TwoPeriodPortal>, IDisposable
{
    private readonly HttpClient client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Section_staff_see_and_open_only_the_current_periods_measures()
    {
        var email = TestAccounts.NewEmail("kanko");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.SectionStaff, "kanko");
        await client.SignInAsync(email);

        var home = await client.GetPageAsync("/staff");
        var record = await client.GetPageAsync("/staff/records/4/2025");

        Assert.Contains("href=\"/staff/records/4/2025\"", home, StringComparison.Ordinal);
        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, home, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/staff/records/4/2022\"", home, StringComparison.Ordinal);
        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, record, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, record, StringComparison.Ordinal);
        await client.GetPageAsync("/staff/records/4/2022", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_planning_office_lists_and_reviews_only_the_current_periods_measures()
    {
        var email = TestAccounts.NewEmail("planning");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);
        await client.SignInAsync(email);

        var list = await client.GetPageAsync("/planning?year=all&state=all");
        var dashboard = await client.GetPageAsync("/planning/dashboard");

        Assert.Single(Regex.Matches(list, "href=\"/planning/records/4/2025\""));
        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, list, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, list, StringComparison.Ordinal);
        Assert.Contains(TwoPeriodPortal.NextMeasureTitle, dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.OldMeasureTitle, dashboard, StringComparison.Ordinal);
        await client.GetPageAsync("/planning/records/4/2022", HttpStatusCode.NotFound);
    }
}
