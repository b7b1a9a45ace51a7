using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private PortalFactory Factory { get; } = new() { SignInAttemptsPerMinute = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Too_many_sign_in_posts_in_a_minute_get_429_and_a_Japanese_page_even_with_the_right_password()
    {
        var email = TestAccounts.NewEmail("limit");
        await TestAccounts.CreateAsync(Factory, email);
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.PostLoginAsync(email, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらく時間をおいてからお試しください", await refused.BodyAsync(), StringComparison.Ordinal);
        Assert.Null(refused.Headers.Location);

        using var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // reading pages is not limited
    }

    [Fact]
    public async Task Too_many_password_change_posts_from_one_address_get_429()
    {
        var email = TestAccounts.NewEmail("limit-change");
        await TestAccounts.CreateAsync(Factory, email);
        using var signingIn = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await signingIn.SignInAsync(email); // one of this address's three posts
        var page = await signingIn.GetPageAsync("/account/password");
        var token = FormPosting.AntiforgeryToken(page);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var allowed = await signingIn.PostWithTokenAsync("/account/password", token, [new("CurrentPassword", "guess " + attempt), new("NewPassword", "a much longer new passphrase"), new("ConfirmPassword", "a much longer new passphrase")]);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await signingIn.PostWithTokenAsync("/account/password", token, [new("CurrentPassword", "guess 3"), new("NewPassword", "a much longer new passphrase"), new("ConfirmPassword", "a much longer new passphrase")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Too_many_admin_password_resets_of_one_account_get_429_and_the_password_stays()
    {
        var adminEmail = TestAccounts.NewEmail("limit-admin");
        await TestAccounts.CreateAsync(Factory, adminEmail, Roles.Admin);
        var person = await TestAccounts.CreateAsync(Factory, TestAccounts.NewEmail("limit-reset"), Roles.PlanningOffice);
        using var admin = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await admin.SignInAsync(adminEmail);
        var form = $"/admin/accounts/{person.Id}/password";

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await admin.SubmitFormAsync(form, form, [new("Password", "short" + attempt), new("ConfirmPassword", "short" + attempt)]);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await admin.SubmitFormAsync(form, form, [new("Password", "a perfectly good new password"), new("ConfirmPassword", "a perfectly good new password")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらく時間をおいてからお試しください", await refused.BodyAsync(), StringComparison.Ordinal);
        using var stillOld = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await stillOld.SignInAsync(person.Email!);
    }

    [Fact]
    public async Task Too_many_second_factor_posts_get_the_429_page_whatever_their_Code_field_says()
    {
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await PostSecondFactorAsync(client, "400");
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode); // no antiforgery token
        }

        using var refused = await PostSecondFactorAsync(client, "400");
        var text = Html.Text(await refused.BodyAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらく時間をおいてからお試しください", text, StringComparison.Ordinal);
        Assert.DoesNotContain("リクエストを処理できませんでした", text, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostSecondFactorAsync(HttpClient client, string code)
    {
        using var content = new FormUrlEncodedContent([new("Code", code)]);
        return await client.PostAsync(new Uri("/account/login-2fa", UriKind.Relative), content);
    }
}
