using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

/// <summary>HEAD gets what GET gets (status and headers), without the body, for every kind of public page and file.</summary>
[Collection(SharedPortal.Name)]
public sealed class HeadRequestTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/policies/1")]
    [InlineData("/measures/13")]
    [InlineData("/sections")]
    [InlineData("/sdgs")]
    [InlineData("/search?q=%E6%B0%B4")]
    [InlineData("/progress")]
    [InlineData("/opendata")]
    [InlineData("/opendata/indicators.csv")]
    [InlineData("/opendata/indicators.json")]
    [InlineData("/opendata/plan.json")]
    [InlineData("/opendata/feed.atom")]
    [InlineData("/accessibility")]
    [InlineData("/concept")]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/measures/999")]
    [InlineData("/no-such-page")]
    public async Task Head_answers_as_get_without_a_body(string url)
    {
        using var get = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentDisposition?.FileNameStar, head.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_of_a_signed_in_page_asks_for_sign_in_as_get_does()
    {
        using var head = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/staff", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Fstaff", head.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
