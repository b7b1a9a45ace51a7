using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Data;
using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed class AdminAccountsTests(PortalFixture portal) : IDisposable
{
    private const string StaffPassword = "initial password for staff";

    private readonly HttpClient admin = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => admin.Dispose();

    [Fact]
    public async Task Admin_creates_a_staff_account_for_a_section_and_that_person_can_sign_in()
    {
        var adminEmail = await SignInAdminAsync();
        var email = TestAccounts.NewEmail("kensetsu-staff");

        using var response = await CreateAsync(email, "建設 花子", [Roles.SectionStaff], await SectionIdAsync("kensetsu"), StaffPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/admin/accounts");
        Assert.Contains($"アカウント {email} を作成しました。", list, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">アカウント管理<", Html.Breadcrumbs(list), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/accounts\">アカウント管理<", Html.Breadcrumbs(await admin.GetPageAsync("/admin/accounts/new")), StringComparison.Ordinal);
        Assert.Matches($"<td>{email}</td>\\s*<td>課の担当者</td>\\s*<td>建設課</td>\\s*<td>利用可</td>", list);

        using var staff = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await staff.SignInAsync(email, StaffPassword);
        var home = await staff.GetPageAsync("/account");
        Assert.Contains("建設 花子", home, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-9\">建設課</dd>", home, StringComparison.Ordinal);

        var audit = Assert.Single(await AuditRows.ForAccountAsync(portal.Factory, email));
        Assert.Equal("account.create", audit.Action);
        Assert.Equal(adminEmail, audit.Actor);
        Assert.Null(audit.Before);
        Assert.Contains("\"Section\":\"建設課\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Roles\":[\"SectionStaff\"]", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", audit.After!, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffPassword, audit.After!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("staff-without-section", "SectionStaff", "", StaffPassword, "課の担当者には所属課を選んでください。")]
    [InlineData("short-password", "PlanningOffice", "", "elevenchars", "パスワードは12文字以上、256文字以内にしてください。")]
    [InlineData("bad-section", "SectionStaff", "abc", StaffPassword, "選んだ所属課が見つかりません。")]
    [InlineData("bad-role", "Superuser", "", StaffPassword, "選べない権限が含まれています。")]
    [InlineData("common-password", "PlanningOffice", "", "Password2024!", CommonPasswordValidator.Message)]
    public async Task Refused_account_says_why_and_is_not_created(string prefix, string role, string section, string password, string message)
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail(prefix);

        using var response = await CreateAsync(email, "試験 次郎", [role], section, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(portal.Factory, email));
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, email));
    }

    [Fact]
    public async Task Every_field_problem_is_shown_at_once_beside_its_field()
    {
        await SignInAdminAsync();

        using var response = await CreateAsync("not-an-address", "", [Roles.SectionStaff], "", "short");
        var html = await response.BodyAsync();

        Assert.Contains("メールアドレスの形式が正しくありません。", html, StringComparison.Ordinal);
        Assert.Contains("氏名を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"SectionId-error\" class=\"text-danger small\">課の担当者には所属課を選んでください。</span>", html, StringComparison.Ordinal);
        Assert.Contains("パスワードは12文字以上、256文字以内にしてください。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"role-SectionStaff\" checked=\"checked\"", html, StringComparison.Ordinal); // the choice is kept
    }

    [Fact]
    public async Task A_second_account_with_the_same_address_is_refused()
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail("dup");
        await TestAccounts.CreateAsync(portal.Factory, email);

        using var response = await CreateAsync(email.ToUpperInvariant(), "重複 太郎", [Roles.PlanningOffice], "", StaffPassword);

        Assert.Contains("このメールアドレスのアカウントは既にあります。", await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, email));
    }

    [Fact]
    public async Task Changing_roles_clears_the_section_of_a_former_staff_member_and_is_audited()
    {
        var adminEmail = await SignInAdminAsync();
        var email = TestAccounts.NewEmail("promote");
        var user = await TestAccounts.CreateAsync(portal.Factory, email, Roles.SectionStaff, "kensetsu");

        using var response = await admin.SubmitFormKeepingAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}", [new("DisplayName", "企画 三郎"), new("Roles", Roles.PlanningOffice), new("SectionId", await SectionIdAsync("kensetsu"))], "ConcurrencyStamp");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changed = await TestAccounts.FindAsync(portal.Factory, email);
        Assert.Null(changed!.SectionId);
        Assert.Equal("企画 三郎", changed.DisplayName);
        var audit = Assert.Single(await AuditRows.ForAccountAsync(portal.Factory, email));
        Assert.Equal(("account.update", adminEmail), (audit.Action, audit.Actor));
        Assert.Contains("\"Roles\":[\"SectionStaff\"],\"Section\":\"建設課\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"Roles\":[\"PlanningOffice\"],\"Section\":null", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_page_is_refused_not_overwritten()
    {
        await SignInAdminAsync();
        var user = await TestAccounts.CreateAsync(portal.Factory, TestAccounts.NewEmail("stale"), Roles.PlanningOffice);
        var page = await admin.GetPageAsync($"/admin/accounts/{user.Id}");
        using var first = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}", [new("DisplayName", "先の変更"), new("Roles", Roles.PlanningOffice), new("ConcurrencyStamp", Stamp(page))]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await admin.PostWithTokenAsync($"/admin/accounts/{user.Id}", FormPosting.AntiforgeryToken(page), [new("DisplayName", "後の変更"), new("Roles", Roles.PlanningOffice), new("ConcurrencyStamp", Stamp(page))]);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("ほかの人が先にこのアカウントを変更しました。", await second.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal("先の変更", (await TestAccounts.FindAsync(portal.Factory, user.Email!))!.DisplayName);
    }

    [Fact]
    public async Task An_edit_posted_without_the_concurrency_stamp_is_refused_not_applied()
    {
        await SignInAdminAsync();
        var user = await TestAccounts.CreateAsync(portal.Factory, TestAccounts.NewEmail("nostamp"), Roles.PlanningOffice);

        using var response = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}", [new("DisplayName", "印のない変更"), new("Roles", Roles.Admin)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("画面を開き直してから、もう一度操作してください。", await response.BodyAsync(), StringComparison.Ordinal);
        var unchanged = await TestAccounts.FindAsync(portal.Factory, user.Email!);
        Assert.Equal("試験 太郎", unchanged!.DisplayName);
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, user.Email!));
    }

    [Fact]
    public async Task Admin_cannot_take_away_their_own_admin_role_or_lock_themselves()
    {
        var adminEmail = await SignInAdminAsync();
        var self = await TestAccounts.FindAsync(portal.Factory, adminEmail);

        using var edit = await admin.SubmitFormKeepingAsync($"/admin/accounts/{self!.Id}", $"/admin/accounts/{self.Id}", [new("DisplayName", "管理 太郎"), new("Roles", Roles.PlanningOffice)], "ConcurrencyStamp");
        using var lockSelf = await admin.SubmitFormAsync($"/admin/accounts/{self.Id}", $"/admin/accounts/{self.Id}/lock", []);

        Assert.Contains("自分自身の管理者権限は外せません。", await edit.BodyAsync(), StringComparison.Ordinal);
        Assert.Contains("自分自身のアカウントはロックできません。", await admin.GetPageAsync($"/admin/accounts/{self.Id}"), StringComparison.Ordinal);
        await admin.GetPageAsync("/admin/accounts");
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, adminEmail));
    }

    [Fact]
    public async Task Locked_account_cannot_sign_in_until_unlocked_and_both_are_audited()
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail("locked");
        var user = await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);
        using var session = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await session.SignInAsync(email);
        using var person = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var locked = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}/lock", []);
        Assert.Contains("ロック中", await admin.GetPageAsync("/admin/accounts"), StringComparison.Ordinal);
        await session.GetPageAsync("/account", HttpStatusCode.Redirect); // the open session ended
        using var refused = await person.PostLoginAsync(email, TestAccounts.Password);
        // A locked account answers as a wrong password does, so the answer does not tell that the account exists.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", await refused.BodyAsync(), StringComparison.Ordinal);
        await person.GetPageAsync("/account", HttpStatusCode.Redirect);

        using var unlocked = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}/unlock", []);
        using var again = await person.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(["account.lock", "account.unlock"], (await AuditRows.ForAccountAsync(portal.Factory, email)).Select(a => a.Action));
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        await SignInAdminAsync();
        var email = TestAccounts.NewEmail("reset");
        var user = await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);

        using var tooShort = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}/password", $"/admin/accounts/{user.Id}/password", [new("Password", "short"), new("ConfirmPassword", "short")]);
        Assert.Contains("パスワードは12文字以上、256文字以内にしてください。", await tooShort.BodyAsync(), StringComparison.Ordinal);
        using var common = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}/password", $"/admin/accounts/{user.Id}/password", [new("Password", "qwertyuiop123"), new("ConfirmPassword", "qwertyuiop123")]);
        Assert.Contains(CommonPasswordValidator.Message, await common.BodyAsync(), StringComparison.Ordinal);
        using var reset = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}/password", $"/admin/accounts/{user.Id}/password", [new("Password", "brand new password here"), new("ConfirmPassword", "brand new password here")]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var person = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var old = await person.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await person.SignInAsync(email, "brand new password here");
        Assert.Equal("account.password-reset", Assert.Single(await AuditRows.ForAccountAsync(portal.Factory, email)).Action);
    }

    [Theory]
    [InlineData(Roles.SectionStaff)]
    [InlineData(Roles.PlanningOffice)]
    [InlineData(null)]
    public async Task Signed_in_non_admin_gets_403_on_account_administration(string? role)
    {
        var email = TestAccounts.NewEmail("nonadmin");
        await TestAccounts.CreateAsync(portal.Factory, email, role, role == Roles.SectionStaff ? "kensetsu" : null);
        await admin.SignInAsync(email);
        var home = await admin.GetPageAsync("/account");

        var html = await admin.GetPageAsync("/admin/accounts", HttpStatusCode.Forbidden);
        using var post = await admin.PostWithTokenAsync("/admin/accounts/new", FormPosting.AntiforgeryToken(home), [new("Email", TestAccounts.NewEmail("sneaky")), new("DisplayName", "x"), new("Roles", Roles.Admin), new("Password", StaffPassword), new("ConfirmPassword", StaffPassword)]);

        Assert.Contains("このページを表示する権限がありません", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        using var response = await admin.GetAsync(new Uri("/admin/accounts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Fadmin%2Faccounts", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> SignInAdminAsync()
    {
        var email = TestAccounts.NewEmail("admin");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.Admin);
        await admin.SignInAsync(email);
        return email;
    }

    private Task<HttpResponseMessage> CreateAsync(string email, string name, string[] roles, string section, string password) =>
        admin.SubmitFormAsync(
            "/admin/accounts/new",
            "/admin/accounts/new",
            [new("Email", email), new("DisplayName", name), .. roles.Select(r => new KeyValuePair<string, string>("Roles", r)), new("SectionId", section), new("Password", password), new("ConfirmPassword", password)]);

    private Task<string> SectionIdAsync(string code) => TestAccounts.SectionIdAsync(portal.Factory, code);

    private static string Stamp(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "id=\"ConcurrencyStamp\" name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
}
