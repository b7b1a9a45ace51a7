using System.Net;
using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed class PasswordChangeTests(PortalFixture portal) : IDisposable
{
    private const string NewPassword = "a much longer new passphrase";

    private readonly HttpClient client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Changed_password_works_the_old_one_does_not_and_the_change_is_audited_without_hashes()
    {
        var email = TestAccounts.NewEmail("pwchange");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);

        using var response = await Change(TestAccounts.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("パスワードを変更しました。", await client.GetPageAsync("/account"), StringComparison.Ordinal);
        using var other = NewClient();
        using var oldPassword = await other.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await other.PostLoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);

        var audit = Assert.Single(await AuditRows.ForAccountAsync(portal.Factory, email));
        Assert.Equal("account.password-change", audit.Action);
        Assert.Equal(email, audit.Actor);
        Assert.DoesNotContain("AQAAAA", audit.After!, StringComparison.Ordinal); // Identity v3 hashes start so
        Assert.DoesNotContain("Hash", audit.After!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_current_passwords_count_like_failed_sign_ins_and_lock_the_change_from_that_address()
    {
        var email = TestAccounts.NewEmail("pwguess");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await Change($"guess number {attempt}", NewPassword, NewPassword);
            Assert.Contains("現在のパスワードが正しくありません。", await wrong.BodyAsync(), StringComparison.Ordinal);
        }

        using var fifth = await Change("guess number 5", NewPassword, NewPassword);
        Assert.Contains("一時的にロックされています", await fifth.BodyAsync(), StringComparison.Ordinal);
        using var right = await Change(TestAccounts.Password, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("一時的にロックされています", await right.BodyAsync(), StringComparison.Ordinal);

        Assert.Equal(5, (await TestAccounts.FindAsync(portal.Factory, email))!.AccessFailedCount);
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, email));
    }

    [Theory]
    [InlineData("wrong current password", NewPassword, NewPassword, "現在のパスワードが正しくありません。")]
    [InlineData(TestAccounts.Password, "short pass", "short pass", "パスワードは12文字以上、256文字以内にしてください。")]
    [InlineData(TestAccounts.Password, NewPassword, "something else entirely", "確認のために入力したパスワードが一致しません。")]
    [InlineData(TestAccounts.Password, "sunshine12345", "sunshine12345", CommonPasswordValidator.Message)]
    public async Task Refused_change_says_why_beside_the_field_and_keeps_the_old_password(string current, string next, string confirm, string message)
    {
        var email = TestAccounts.NewEmail("pwrefused");
        await TestAccounts.CreateAsync(portal.Factory, email);
        await client.SignInAsync(email);

        using var response = await Change(current, next, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        using var other = NewClient();
        using var stillOld = await other.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, stillOld.StatusCode);
        Assert.Empty(await AuditRows.ForAccountAsync(portal.Factory, email));
    }

    [Fact]
    public async Task Password_page_needs_a_signed_in_user()
    {
        await client.GetPageAsync("/account/password", HttpStatusCode.Redirect);
    }

    private Task<HttpResponseMessage> Change(string current, string next, string confirm) =>
        client.SubmitFormAsync("/account/password", "/account/password", [new("CurrentPassword", current), new("NewPassword", next), new("ConfirmPassword", confirm)]);

    private HttpClient NewClient() => portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
}
