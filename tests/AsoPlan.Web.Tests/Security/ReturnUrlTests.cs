using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// A return address with characters a Location header cannot carry (an ideographic space) must be encoded,
/// never end in a server error: on the real server (Kestrel validates headers), signed in or signing in.
/// </summary>
public sealed class ReturnUrlTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const string Encoded = "/%E3%80%80/x";

    [Fact]
    public async Task A_signed_in_person_following_a_login_link_with_a_non_ascii_return_address_is_sent_there_encoded()
    {
        var (client, _) = await portal.SignInAsync(null, Roles.PlanningOffice);
        using (client)
        {
            using var response = await client.GetAsync(new Uri("/account/login?ReturnUrl=%2F%E3%80%80%2Fx", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Encoded, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Signing_in_from_a_link_with_a_non_ascii_return_address_signs_in_and_goes_there_encoded()
    {
        var email = await portal.Database.CreateAccountAsync(null, Roles.PlanningOffice);
        using var client = portal.Anonymous();

        using var response = await client.PostLoginAsync(email, TestAccounts.Password, "/\u3000/x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Encoded, response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AsoPlan.Auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/x\u0001y")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task A_return_address_with_a_control_character_or_another_site_goes_to_my_page(string returnUrl)
    {
        var email = await portal.Database.CreateAccountAsync(null, Roles.PlanningOffice);
        using var client = portal.Anonymous();

        using var response = await client.PostLoginAsync(email, TestAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
    }
}
