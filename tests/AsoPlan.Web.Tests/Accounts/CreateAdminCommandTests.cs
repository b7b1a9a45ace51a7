using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Data.Identity;
using AsoPlan.Testing;
using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Accounts;

/// <summary>The real entry point as a process (<c>dotnet AsoPlan.Web.dll create-admin …</c>) on its own fresh database.</summary>
public sealed class CreateAdminCommandTests : IAsyncLifetime
{
    private const string Email = "first-admin@example.jp";

    private PortalFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Creates_the_first_administrator_on_a_new_database_who_can_then_sign_in()
    {
        var run = await RunAsync("a long first admin password\n", "create-admin", "--email", Email, "--name", "管理 一郎");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"管理者アカウント {Email} を作成しました。", run.Output, StringComparison.Ordinal);
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(Email, "a long first admin password");
        var list = await client.GetPageAsync("/admin/accounts");
        Assert.Contains("管理 一郎", list, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditRows.ForAccountAsync(Factory, Email));
        Assert.Equal(("account.create", "system:create-admin"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task Too_short_password_is_refused_in_Japanese_and_nothing_is_created()
    {
        var run = await RunAsync("elevenchars\n", "create-admin", "--email", Email);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("パスワードは12文字以上にしてください。", run.Error, StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(Factory, Email));
        Assert.Empty(await AuditRows.ForAccountAsync(Factory, Email));
    }

    [Fact]
    public async Task Common_password_is_refused_in_Japanese_and_nothing_is_created()
    {
        var run = await RunAsync("iloveyou2024!\n", "create-admin", "--email", Email);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(CommonPasswordValidator.Message, run.Error, StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(Factory, Email));
    }

    [Theory]
    [InlineData("", "create-admin", "--email", Email)]
    [InlineData("a long first admin password\n", "create-admin")]
    [InlineData("a long first admin password\n", "create-admin", "--email", Email, "--password", "x")]
    public async Task Missing_password_or_bad_arguments_fail_without_starting_the_server(string input, params string[] args)
    {
        var run = await RunAsync(input, args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.DoesNotContain("Now listening", run.Output, StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(Factory, Email));
    }

    [Fact]
    public async Task An_existing_account_is_made_administrator_with_the_new_password_and_unlocked()
    {
        var user = await TestAccounts.CreateAsync(Factory, Email, Roles.PlanningOffice);
        using (var scope = Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.MaxValue);
        }

        var run = await RunAsync("the recovered admin password\n", "create-admin", "--email", Email);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("既存のアカウント", run.Output, StringComparison.Ordinal);
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(Email, "the recovered admin password");
        var list = await client.GetPageAsync("/admin/accounts");
        Assert.Contains("管理者、企画担当（政策防災課）", list, StringComparison.Ordinal);
        Assert.Equal("account.promote-admin", Assert.Single(await AuditRows.ForAccountAsync(Factory, Email)).Action);
    }

    private Task<CommandRun> RunAsync(string input, params string[] args) => CommandProcess.RunAsync(Factory, input, args);
}
