using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

[Collection(SharedPortal.Name)]
public sealed class SecurityHeaderTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Every_response_forbids_inline_code_framing_and_sniffing(string url)
    {
        using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_is_served_in_place_when_https_is_not_required()
    {
        using var response = await portal.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Production_redirects_to_https_sends_hsts_and_uses_host_prefixed_secure_cookies()
    {
        await using var factory = new PortalFactory { Environment = "Production" };
        try
        {
            using var http = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://plan.city.example") });
            using var redirect = await http.GetAsync(new Uri("/", UriKind.Relative));
            Assert.True((int)redirect.StatusCode is 307 or 308, $"got {(int)redirect.StatusCode}");
            Assert.Equal("https", redirect.Headers.Location?.Scheme);

            using var https = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://plan.city.example") });
            using var login = await https.GetAsync(new Uri("/account/login", UriKind.Relative));
            Assert.Contains("max-age=31536000", Header(login, "Strict-Transport-Security"), StringComparison.Ordinal);
            var cookies = login.Headers.GetValues("Set-Cookie").ToList();
            Assert.Contains(cookies, c => c.StartsWith("__Host-AsoPlan.Antiforgery=", StringComparison.Ordinal));
            Assert.All(cookies, cookie =>
            {
                Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
                Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
            });
        }
        finally
        {
            PortalFactory.DeleteDirectory(factory.Directory);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
