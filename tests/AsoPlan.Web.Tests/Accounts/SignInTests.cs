using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed partial class SignInTests(PortalFixture portal) : IDisposable
{
    private const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";

    private readonly HttpClient client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Login_page_is_Japanese_with_labelled_fields_and_an_antiforgery_token()
    {
        var html = await client.GetPageAsync("/account/login");

        Assert.Contains("<h1>職員ログイン</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"form-label\" for=\"Email\">メールアドレス</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"form-label\" for=\"Password\">パスワード</label>", html, StringComparison.Ordinal);
        Assert.NotEmpty(FormPosting.AntiforgeryToken(html));
        Assert.DoesNotContain("登録", html, StringComparison.Ordinal); // no self-registration
    }

    [Fact]
    public async Task Correct_password_signs_in_and_the_account_page_shows_who()
    {
        var email = TestAccounts.NewEmail("signin");
        await TestAccounts.CreateAsync(portal.Factory, email);

        using var response = await client.PostLoginAsync(email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/account");
        Assert.Contains("試験 太郎", home, StringComparison.Ordinal);
        Assert.Contains($"ログイン中：{email}", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_login_form_without_the_antiforgery_token_is_refused()
    {
        var email = TestAccounts.NewEmail("noforgery");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.GetPageAsync("/account/login");

        using var content = new FormUrlEncodedContent([new("Email", email), new("Password", TestAccounts.Password)]);
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/account/two-factor")]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    public async Task Return_url_is_followed_only_when_it_is_local(string returnUrl)
    {
        var email = TestAccounts.NewEmail("return");
        await TestAccounts.CreateAsync(portal.Factory, email);

        using var response = await client.PostLoginAsync(email, TestAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = returnUrl.StartsWith("/account", StringComparison.Ordinal) ? returnUrl : "/account";
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_address_and_wrong_password_get_the_same_answer()
    {
        var email = TestAccounts.NewEmail("enum");
        await TestAccounts.CreateAsync(portal.Factory, email);

        using var wrongPassword = await client.PostLoginAsync(email, "not the password at all");
        using var unknownUser = await client.PostLoginAsync(TestAccounts.NewEmail("nobody"), "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        var first = Alert(await wrongPassword.BodyAsync());
        var second = Alert(await unknownUser.BodyAsync());
        Assert.Equal(WrongCredentials, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_and_the_right_one_is_then_refused()
    {
        var email = TestAccounts.NewEmail("lockout");
        await TestAccounts.CreateAsync(portal.Factory, email);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.PostLoginAsync(email, $"wrong password {attempt}");
            Assert.Equal(WrongCredentials, Alert(await wrong.BodyAsync()));
        }

        using var fifth = await client.PostLoginAsync(email, "wrong password 5");
        Assert.Contains("一時的にロックされています", Alert(await fifth.BodyAsync()), StringComparison.Ordinal);

        using var sixth = await client.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("一時的にロックされています。15分ほど待ってから", Alert(await sixth.BodyAsync()), StringComparison.Ordinal);
        await client.GetPageAsync("/account", HttpStatusCode.Redirect);

        // The lock is for this address: the account itself is not locked for everyone (see Security/SignInThrottleTests).
        var user = await TestAccounts.FindAsync(portal.Factory, email);
        Assert.Null(user!.LockoutEnd);
        Assert.Equal(5, user.AccessFailedCount);
    }

    [Fact]
    public async Task Empty_fields_get_messages_beside_them()
    {
        using var response = await client.PostLoginAsync("", "");
        var html = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("メールアドレスを入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("パスワードを入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var email = TestAccounts.NewEmail("logout");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var home = await client.GetPageAsync("/account");

        using var response = await client.PostWithTokenAsync("/account/logout", FormPosting.AntiforgeryToken(home), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_denied_page_is_Japanese_with_403()
    {
        var html = await client.GetPageAsync("/account/access-denied", HttpStatusCode.Forbidden);

        Assert.Contains("このページを表示する権限がありません", html, StringComparison.Ordinal);
    }

    private static string Alert(string html)
    {
        var match = AlertPattern().Match(html);
        Assert.True(match.Success, "no error message on the page");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<div class=\"alert alert-danger\" role=\"alert\">\\s*<p class=\"mb-0\">([^<]*)</p>")]
    private static partial Regex AlertPattern();
}
