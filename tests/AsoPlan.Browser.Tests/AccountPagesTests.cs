using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The sign-in, own-account and administration pages pass the same checks as the public and work pages: axe
/// (WCAG 2.1 AA), keyboard, headings and tables, and the Nu HTML Checker — including a refused sign-in and a
/// refused password change, the states people meet most on these pages.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class AccountPagesTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Sign_in_own_account_and_admin_pages_pass_axe_keyboard_structure_and_html_checks()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        await WorkAccounts.EnsureAsync(suite);
        var anonymous = await suite.NewPageAsync(Screen.Desktop);
        var admin = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.AdminEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        try
        {
            await VisitAsync(anonymous, server, "login", "/account/login", 200, problems, documents);

            // An unknown address: the same refusal any wrong password gets, and no account is locked by it.
            await anonymous.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync("nobody@browser.asoplan.example");
            await anonymous.GetByLabel("パスワード", new() { Exact = true }).FillAsync("not-the-password-1234");
            var refusedSignIn = await anonymous.RunAndWaitForResponseAsync(
                () => anonymous.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync(),
                r => r.Url.EndsWith("/account/login", StringComparison.Ordinal) && r.Request.Method == "POST");
            await Assertions.Expect(anonymous.Locator("main")).ToContainTextAsync("メールアドレスまたはパスワードが正しくありません");
            documents.Add(new HtmlDocument("login-refused", await refusedSignIn.TextAsync()));
            problems.Add(("refused sign-in", await PageChecks.AllAsync(anonymous, "login-refused")));

            await VisitAsync(staff, server, "my-account", "/account", 200, problems, documents);
            await VisitAsync(staff, server, "password-change", "/account/password", 200, problems, documents);
            await VisitAsync(staff, server, "two-factor", "/account/two-factor", 200, problems, documents);
            await VisitAsync(staff, server, "access-denied", "/admin/accounts", 403, problems, documents);

            // A refused password change (wrong current password): messages beside the fields, nothing changed.
            await staff.GotoAsync(server.Url("/account/password").ToString());
            await staff.GetByLabel("現在のパスワード").FillAsync("wrong-current-password");
            await staff.GetByLabel("新しいパスワード（12文字以上）").FillAsync("a-new-long-password-2026");
            await staff.GetByLabel("新しいパスワード（確認）").FillAsync("a-new-long-password-2026");
            var refusedChange = await staff.RunAndWaitForResponseAsync(
                () => staff.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync(),
                r => r.Url.EndsWith("/account/password", StringComparison.Ordinal) && r.Request.Method == "POST");
            Assert.True(refusedChange.Status is 200 or 422, $"A refused password change answered {refusedChange.Status}.");
            documents.Add(new HtmlDocument("password-change-refused", await refusedChange.TextAsync()));
            problems.Add(("refused password change", await PageChecks.AllAsync(staff, "password-change-refused")));

            // The authenticator set-up page (key and QR code) — started, never confirmed, so 2FA stays off.
            await admin.GotoAsync(server.Url("/account/two-factor").ToString());
            await admin.GetByRole(AriaRole.Button, new() { Name = "認証アプリを設定する" }).ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(server.Url("/account/two-factor/setup").ToString());
            var setup = await admin.ReloadAsync();
            documents.Add(new HtmlDocument("two-factor-setup", await setup!.TextAsync()));
            problems.Add(("/account/two-factor/setup", await PageChecks.AllAsync(admin, "two-factor-setup")));

            await VisitAsync(admin, server, "admin-accounts", "/admin/accounts", 200, problems, documents);
            var staffAccount = await admin.GetByRole(AriaRole.Link, new() { Name = "建設 太郎" }).GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(staffAccount), "The account list has no link to the staff account.");
            await VisitAsync(admin, server, "admin-account-new", "/admin/accounts/new", 200, problems, documents);
            await VisitAsync(admin, server, "admin-account-edit", staffAccount!, 200, problems, documents);
            await VisitAsync(admin, server, "admin-account-password", staffAccount + "/password", 200, problems, documents);
            await VisitAsync(admin, server, "admin-plan", "/admin/plan", 200, problems, documents);
        }
        finally
        {
            await anonymous.Context.CloseAsync();
            await admin.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "account-pages"));
        Expect.NoProblems("axe, keyboard, headings and tables on the sign-in, account and admin pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }

    private static async Task VisitAsync(
        IPage page, AppServer server, string name, string path, int status,
        List<(string Where, IReadOnlyList<string> Problems)> problems, List<HtmlDocument> documents)
    {
        var response = await page.GotoAsync(server.Url(path).ToString());
        Assert.True(response?.Status == status, $"{path} answered {response?.Status}, expected {status}.");
        documents.Add(new HtmlDocument(name, await response!.TextAsync()));
        problems.Add((path, await PageChecks.AllAsync(page, name)));
    }
}
