using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

/// <summary>With the one seeded plan period there is nothing to switch to (see Periods/ for two periods).</summary>
[Collection(SharedPortal.Name)]
public sealed class PeriodSwitcherTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/policies")]
    [InlineData("/measures/4")]
    public async Task With_one_period_there_is_no_switcher_and_naming_that_period_changes_nothing(string url)
    {
        var plain = await portal.Client.GetPageAsync(url);
        var named = await portal.Client.GetPageAsync(url + "?period=aso-2-late");

        Assert.DoesNotContain("<label for=\"period-select\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("period-select", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("period-select", named, StringComparison.Ordinal);
        Assert.Equal(Html.Text(plain), Html.Text(named));
    }

    [Fact]
    public async Task An_unknown_period_gets_the_Japanese_404_page()
    {
        var html = await portal.Client.GetPageAsync("/sdgs?period=aso-3-early", HttpStatusCode.NotFound);

        Assert.Contains("ページが見つかりません", Html.Text(html), StringComparison.Ordinal);
    }
}
