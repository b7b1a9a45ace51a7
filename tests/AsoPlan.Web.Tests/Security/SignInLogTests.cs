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

        var text = await ReadLogsUntilAsync($"Sign-in succeeded for {email}");
        Assert.Contains($"Sign-in failed for {email}", text, StringComparison.Ordinal);
        Assert.Contains($"Sign-in failed for unknown account {unknown}", text, StringComparison.Ordinal);
        Assert.Contains($"Sign-in succeeded for {email}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-horse-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.Password, text, StringComparison.Ordinal);
    }

    private async Task<string> ReadLogsUntilAsync(string expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = string.Empty;
            if (Directory.Exists(portal.Factory.LogDirectory))
            {
                foreach (var file in Directory.GetFiles(portal.Factory.LogDirectory))
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    using var reader = new StreamReader(stream);
                    text += await reader.ReadToEndAsync();
                }
            }

            if (text.Contains(expected, StringComparison.Ordinal) || attempt >= 30)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }
}
