using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class NotFoundTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/measures/99")]
    [InlineData("/measures/0")]
    [InlineData("/measures/-1")]
    [InlineData("/measures/abc")]
    [InlineData("/measures/99999999999")]
    [InlineData("/policies/7")]
    [InlineData("/policies/abc")]
    [InlineData("/sections/no-such-section")]
    [InlineData("/sections/%E8%AA%B2")]
    public async Task Unknown_numbers_and_codes_get_the_Japanese_404_page(string url)
    {
        var html = await portal.Client.GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("ページが見つかりません", Html.Text(html), StringComparison.Ordinal);
    }
}
