using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// An administrator's change to an account reaches that person's open session on its very next request,
/// and an unchanged account's requests are not answered with a new sign-in cookie.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class SessionCheckTests(PortalFixture portal) : IDisposable
{
    private readonly HttpClient admin = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
    private readonly HttpClient member = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose()
    {
        admin.Dispose();
        member.Dispose();
    }

    [Fact]
    public async Task A_role_or_section_change_by_an_admin_is_in_force_on_the_members_next_request()
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail("moved");
        var user = await TestAccounts.CreateAsync(portal.Factory, email, Roles.SectionStaff, "kensetsu");
        await member.SignInAsync(email);
        await member.GetPageAsync("/planning/dashboard", HttpStatusCode.Forbidden);

        await EditAsync(user.Id, "企画 一郎", Roles.PlanningOffice, "");
        using (var promoted = await member.GetAsync(new Uri("/planning/dashboard", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
            Assert.NotNull(AuthCookie(promoted)); // the session now carries the new role
        }

        await EditAsync(user.Id, "観光 一郎", Roles.SectionStaff, await TestAccounts.SectionIdAsync(portal.Factory, "kanko"));
        await member.GetPageAsync("/planning/dashboard", HttpStatusCode.Forbidden);
        var home = await member.GetPageAsync("/account");
        Assert.Contains("<dd class=\"col-sm-9\">観光課</dd>", home, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-9\">観光 一郎</dd>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_account_is_not_sent_a_new_sign_in_cookie()
    {
        var email = TestAccounts.NewEmail("steady");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);
        await member.SignInAsync(email);

        foreach (var path in new[] { "/planning/dashboard", "/account", "/planning/dashboard" })
        {
            using var response = await member.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(AuthCookie(response));
        }
    }

    [Fact]
    public async Task A_lock_by_an_admin_ends_the_open_session_on_its_next_request()
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail("locked-session");
        var user = await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);
        await member.SignInAsync(email);
        await member.GetPageAsync("/planning/dashboard");

        using var locked = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        using var next = await member.GetAsync(new Uri("/planning/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/account/login", next.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task SignInAdminAsync()
    {
        var email = TestAccounts.NewEmail("session-admin");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.Admin);
        await admin.SignInAsync(email);
    }

    private async Task EditAsync(string id, string name, string role, string section)
    {
        using var response = await admin.SubmitFormKeepingAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}", [new("DisplayName", name), new("Roles", role), new("SectionId", section)], "ConcurrencyStamp");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("AsoPlan.Auth=", StringComparison.Ordinal))
            : null;
}
