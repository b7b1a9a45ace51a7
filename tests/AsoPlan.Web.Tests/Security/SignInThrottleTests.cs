using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

/// <summary>The app behind a proxy on loopback that it trusts: X-Forwarded-For names the client.</summary>
public sealed class ProxiedPortal() : KestrelPortal(new Dictionary<string, string> { ["Security:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

/// <summary>The app told to trust another proxy only: an X-Forwarded-For from loopback must be ignored.</summary>
public sealed class OtherProxyPortal() : KestrelPortal(new Dictionary<string, string> { ["Security:ForwardedHeaders:KnownProxies:0"] = "10.9.9.9" });

/// <summary>
/// Anyone can type anyone's address into the sign-in form. Failures from one client address must not block the
/// person from another, behind the city's reverse proxy too; the app's own limits (20 posts a minute per address)
/// are in force here.
/// </summary>
public sealed class SignInThrottleTests(ProxiedPortal portal) : IClassFixture<ProxiedPortal>
{
    [Fact]
    public async Task Three_hundred_failed_sign_ins_from_one_address_do_not_block_the_person_from_another()
    {
        var email = await portal.Database.CreateAccountAsync(null, Roles.PlanningOffice);
        using var attacker = portal.Anonymous();
        var token = FormPosting.AntiforgeryToken(await attacker.GetPageAsync("/account/login"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
        {
            using var response = await PostFromAsync(attacker, "203.0.113.9", token, email, $"guess {i} of the password");
            return response.StatusCode;
        }));
        Assert.DoesNotContain(HttpStatusCode.Redirect, answers);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers); // the address is throttled

        using var person = portal.Anonymous();
        var own = FormPosting.AntiforgeryToken(await person.GetPageAsync("/account/login"));
        using var signedIn = await PostFromAsync(person, "198.51.100.7", own, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
        Assert.Null((await TestAccounts.FindAsync(portal.Database.Factory, email))!.LockoutEnd);
    }

    [Fact]
    public async Task Addresses_of_one_IPv6_network_count_as_one_client()
    {
        var email = await portal.Database.CreateAccountAsync(null, Roles.PlanningOffice);
        using var attacker = portal.Anonymous();
        var token = FormPosting.AntiforgeryToken(await attacker.GetPageAsync("/account/login"));

        for (var i = 1; i <= 5; i++)
        {
            (await PostFromAsync(attacker, $"2001:db8:1:2::{i:x}", token, email, "not the password")).Dispose();
        }

        using var sixth = await PostFromAsync(attacker, "2001:db8:1:2:ffff::9", token, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("一時的にロックされています", await sixth.BodyAsync(), StringComparison.Ordinal);
        using var elsewhere = await PostFromAsync(attacker, "2001:db8:1:3::1", token, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    internal static async Task<HttpResponseMessage> PostFromAsync(HttpClient client, string address, string token, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("ReturnUrl", ""), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }
}

/// <summary>X-Forwarded-For is believed only from a configured proxy; otherwise a client could pick its own address.</summary>
public sealed class UntrustedForwardedHeaderTests(OtherProxyPortal portal) : IClassFixture<OtherProxyPortal>
{
    [Fact]
    public async Task A_forwarded_address_from_a_connection_that_is_not_a_known_proxy_is_ignored()
    {
        var email = await portal.Database.CreateAccountAsync(null, Roles.PlanningOffice);
        using var client = portal.Anonymous();
        var token = FormPosting.AntiforgeryToken(await client.GetPageAsync("/account/login"));

        for (var i = 1; i <= 5; i++)
        {
            (await SignInThrottleTests.PostFromAsync(client, $"203.0.113.{i}", token, email, "not the password")).Dispose();
        }

        using var claimedElsewhere = await SignInThrottleTests.PostFromAsync(client, "198.51.100.7", token, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, claimedElsewhere.StatusCode);
        Assert.Contains("一時的にロックされています", await claimedElsewhere.BodyAsync(), StringComparison.Ordinal);
    }
}
