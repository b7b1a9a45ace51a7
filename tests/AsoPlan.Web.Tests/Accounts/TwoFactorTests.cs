using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed partial class TwoFactorTests(PortalFixture portal) : IDisposable
{
    private readonly HttpClient client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Enabled_with_a_verified_code_then_sign_in_needs_the_authenticator_code()
    {
        var email = TestAccounts.NewEmail("totp");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();

        using var wrong = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000")]);
        Assert.Contains("確認コードが正しくありません。", await wrong.BodyAsync(), StringComparison.Ordinal);
        Assert.Contains("無効", await client.GetPageAsync("/account/two-factor"), StringComparison.Ordinal);

        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var codesPage = await enabled.BodyAsync();
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("この画面は一度しか表示されません。", codesPage, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCodes(codesPage).Count);
        Assert.Contains("no-store", enabled.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("有効", await client.GetPageAsync("/account/two-factor"), StringComparison.Ordinal);

        using var fresh = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var step1 = await fresh.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, step1.StatusCode);
        Assert.StartsWith("/account/login-2fa", step1.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await fresh.GetPageAsync("/account", HttpStatusCode.Redirect); // not signed in by the password alone

        using var badCode = await fresh.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", [new("Code", "12345")]);
        Assert.Contains("コードが正しくありません。", await badCode.BodyAsync(), StringComparison.Ordinal);

        // The code that turned it on is used up; the app's next code signs in.
        using var step2 = await fresh.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)))]);
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.Equal("/account", step2.Headers.Location?.OriginalString);
        Assert.Contains("2段階認証</dt>\n  <dd class=\"col-sm-9\">有効", await fresh.GetPageAsync("/account"), StringComparison.Ordinal);

        var actions = (await AuditRows.ForAccountAsync(portal.Factory, email)).Select(a => a.Action);
        Assert.Equal(["account.two-factor-enable"], actions);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = TestAccounts.NewEmail("recovery");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();
        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var code = RecoveryCodes(await enabled.BodyAsync())[0];

        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(email, code)).StatusCode);
        var second = await SignInWithCodeAsync(email, code);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("コードが正しくありません。", await second.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_lockout()
    {
        var email = TestAccounts.NewEmail("totp-lock");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();
        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        using var fresh = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var step1 = await fresh.PostLoginAsync(email, TestAccounts.Password);
        var wrong = Totp.Code(key, DateTimeOffset.UtcNow.AddHours(1));

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await fresh.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", [new("Code", wrong)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var right = await fresh.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)))]);
        Assert.Contains("一時的にロックされています", await right.BodyAsync(), StringComparison.Ordinal);
        await fresh.GetPageAsync("/account", HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Disabling_returns_to_password_only_sign_in()
    {
        var email = TestAccounts.NewEmail("disable");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();
        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, DateTimeOffset.UtcNow))]);

        using var disabled = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", [new("Disable.Proof", TestAccounts.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("2段階認証を無効にしました。", await client.GetPageAsync("/account/two-factor"), StringComparison.Ordinal);
        using var fresh = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await fresh.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal("/account", login.Headers.Location?.OriginalString);
        Assert.Equal(["account.two-factor-enable", "account.two-factor-disable"], (await AuditRows.ForAccountAsync(portal.Factory, email)).Select(a => a.Action));
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_once()
    {
        var email = TestAccounts.NewEmail("totp-once");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();
        var now = DateTimeOffset.UtcNow;
        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, now))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        using var sameAsSetup = await SignInWithCodeAsync(email, Totp.Code(key, now));
        Assert.Contains("コードが正しくありません。", await sameAsSetup.BodyAsync(), StringComparison.Ordinal);

        var next = Totp.Code(key, now.AddSeconds(30));
        using var first = await SignInWithCodeAsync(email, next);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var replayed = await SignInWithCodeAsync(email, next);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("コードが正しくありません。", await replayed.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_current_password_or_a_current_code()
    {
        var email = TestAccounts.NewEmail("totp-off");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);
        var key = await StartSetupAsync();
        var now = DateTimeOffset.UtcNow;
        using var enabled = await client.SubmitFormAsync("/account/two-factor/setup", "/account/two-factor/enable", [new("Form.Code", Totp.Code(key, now))]);

        using var bare = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Contains("現在のパスワードか、認証アプリの確認コードを入力してください。", await bare.BodyAsync(), StringComparison.Ordinal);
        using var wrong = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", [new("Disable.Proof", "not my password at all")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("パスワードまたは確認コードが正しくありません。", await wrong.BodyAsync(), StringComparison.Ordinal);
        var user = await TestAccounts.FindAsync(portal.Factory, email);
        Assert.True(user!.TwoFactorEnabled);
        Assert.Equal(1, user.AccessFailedCount); // counted like a failed sign-in

        using var byCode = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", [new("Disable.Proof", Totp.Code(key, now.AddSeconds(30)))]);
        Assert.Equal(HttpStatusCode.Redirect, byCode.StatusCode);
        Assert.False((await TestAccounts.FindAsync(portal.Factory, email))!.TwoFactorEnabled);
    }

    /// <summary>Starts the set-up and reads the shared key off the page, as a person would type it into the app.</summary>
    private async Task<string> StartSetupAsync()
    {
        using var started = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/setup", []);
        Assert.Equal("/account/two-factor/setup", started.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync("/account/two-factor/setup");
        Assert.Contains("data:image/png;base64,", page, StringComparison.Ordinal);
        var uri = UriPattern().Match(page);
        Assert.True(uri.Success);
        var key = KeyPattern().Match(page).Groups[1].Value;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.Contains("secret=" + key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), WebUtility.HtmlDecode(uri.Value), StringComparison.Ordinal);
        return key;
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string email, string code)
    {
        using var fresh = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var step1 = await fresh.PostLoginAsync(email, TestAccounts.Password);
        return await fresh.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", [new("Code", code)]);
    }

    private static List<string> RecoveryCodes(string html)
    {
        var list = RecoveryListPattern().Match(html);
        Assert.True(list.Success, html);
        return [.. ItemPattern().Matches(list.Value).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("otpauth://totp/[^<]+")]
    private static partial Regex UriPattern();

    [GeneratedRegex("id=\"recovery-codes\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex RecoveryListPattern();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex ItemPattern();
}
