using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Accounts;

public sealed class DemoAccountsTests
{
    [Fact]
    public async Task Development_has_the_three_demo_accounts_and_they_sign_in()
    {
        await using var factory = new PortalFactory { Environment = "Development" };
        try
        {
            using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
            await client.SignInAsync(DemoAccounts.Staff.Email, DemoAccounts.Staff.Password);
            var home = await client.GetPageAsync("/account");
            Assert.Contains("<dd class=\"col-sm-9\">建設課</dd>", home, StringComparison.Ordinal);
            Assert.Contains("課の担当者", home, StringComparison.Ordinal);

            foreach (var demo in new[] { DemoAccounts.PlanningOffice, DemoAccounts.Admin })
            {
                using var other = factory.CreateClient(new() { AllowAutoRedirect = false });
                await other.SignInAsync(demo.Email, demo.Password);
            }

            Assert.Equal(3, (await Task.WhenAll(DemoAccounts.All.Select(d => AuditRows.ForAccountAsync(factory, d.Email)))).Count(rows => rows.Single().Actor == DemoAccounts.Actor));
        }
        finally
        {
            await factory.DisposeAsync();
            PortalFactory.DeleteDirectory(factory.Directory);
        }
    }

    [Fact]
    public async Task Outside_Development_no_demo_account_exists_and_the_demo_password_fails()
    {
        await using var factory = new PortalFactory();
        try
        {
            foreach (var demo in DemoAccounts.All)
            {
                Assert.Null(await TestAccounts.FindAsync(factory, demo.Email));
            }

            using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
            using var response = await client.PostLoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await factory.DisposeAsync();
            PortalFactory.DeleteDirectory(factory.Directory);
        }
    }
}
