using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

[Collection(SharedPortal.Name)]
public sealed class SignInLogTests(PortalFixture portal)
{
    [Fact]
    public async Task Success_failure_and_unknown_account_are_logged_without_the_password()
    {
        var email = TestAccounts.NewEmail("log");
        var unknown = TestAccounts.NewEmail("nobody");
        await TestAccounts.CreateAsync(portal.Factory, email);
        using var client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

        (await client.PostLoginAsync(email, "wrong-horse-secret-1")).Dispose();
        (await client.PostLoginAsync(unknown, "wrong-horse-secret-2")).Dispose();
        (await client.PostLoginAsync(email, TestAccounts.Password)).Dispose();

        var text = await LogFiles.ReadUntilAsync(portal.Factory.LogDirectory, $"Sign-in succeeded for {email}");
        Assert.Contains($"Sign-in failed for {email}", text, StringComparison.Ordinal);
        Assert.Contains($"Sign-in failed for unknown account {unknown}", text, StringComparison.Ordinal);
        Assert.Contains($"Sign-in succeeded for {email}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-horse-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.Password, text, StringComparison.Ordinal);
    }
}
