using System.Net;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsoPlan.Web.Tests.Security;

/// <summary>How long a staff session lives, and that signing out ends every copy of it.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private PortalFactory Factory { get; } = new();
    private readonly SteppingClock clock = new(DateTimeOffset.UtcNow);
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App { get; set; } = null!;

    public Task InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var email = TestAccounts.NewEmail("replay");
        await TestAccounts.CreateAsync(Factory, email);
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await browser.PostLoginAsync(email, TestAccounts.Password);
        var stolen = AuthCookie(login);
        using var thief = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using (var before = await Replay(thief, stolen))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var logout = await browser.SubmitFormAsync("/account", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await Replay(thief, stolen);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thirty_minutes_without_a_request_ends_the_session()
    {
        var email = TestAccounts.NewEmail("idle");
        await TestAccounts.CreateAsync(Factory, email);
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });
        await browser.SignInAsync(email);

        clock.Advance(TimeSpan.FromMinutes(25));
        await browser.GetPageAsync("/account");
        clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await browser.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_active_session_must_sign_in_again_after_twelve_hours()
    {
        var email = TestAccounts.NewEmail("absolute");
        await TestAccounts.CreateAsync(Factory, email);
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });
        await browser.SignInAsync(email);

        // A request every 29 minutes keeps the session alive until 11:36 after sign-in ...
        for (var step = 1; step <= 24; step++)
        {
            clock.Advance(TimeSpan.FromMinutes(29));
            await browser.GetPageAsync("/account");
        }

        // ... and the next one, at 12:05, is sent to the login page.
        clock.Advance(TimeSpan.FromMinutes(29));
        using var response = await browser.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_session_keeps_its_cookie_until_half_the_idle_time_has_passed()
    {
        var email = TestAccounts.NewEmail("sliding");
        await TestAccounts.CreateAsync(Factory, email);
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });
        await browser.SignInAsync(email);

        clock.Advance(TimeSpan.FromMinutes(14));
        using (var early = await browser.GetAsync(new Uri("/account", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.False(SetsAuthCookie(early), "an unchanged session was sent a new cookie");
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        using var renewed = await browser.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.True(SetsAuthCookie(renewed), "the sliding expiry did not renew the cookie after 16 minutes");
    }

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("AsoPlan.Auth=", StringComparison.Ordinal));

    private static string AuthCookie(HttpResponseMessage response)
    {
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("AsoPlan.Auth=", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static async Task<HttpResponseMessage> Replay(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}

/// <summary>A clock the test moves forward; everything in the app that asks TimeProvider sees it.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public void Advance(TimeSpan by) => now += by;

    public override DateTimeOffset GetUtcNow() => now;
}
