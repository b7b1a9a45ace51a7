using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

/// <summary>The Host header is the client's to choose: no redirect may send a person to the host it names.</summary>
[Collection(SharedPortal.Name)]
public sealed class HostHeaderTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/planning/report?year=2021")]
    [InlineData("/admin/accounts")]
    public async Task Sign_in_redirect_is_relative_whatever_host_the_request_names(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await portal.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.Ordinal);
        Assert.Equal(path, Uri.UnescapeDataString(location["/account/login?ReturnUrl=".Length..]));
    }
}
