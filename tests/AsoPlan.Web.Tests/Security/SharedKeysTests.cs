using System.Net;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// Two instances of the app, as two processes behind a load balancer would be: the same database, nothing
/// else in common. A cookie and an antiforgery token issued by one are accepted by the other, because the
/// Data Protection key ring is in the database under a fixed application name.
/// </summary>
public sealed class SharedKeysTests : OwnDatabase
{
    private const string Email = "two-instances@example.jp";
    private const string Password = "two instances one key ring";

    [Fact]
    public async Task Cookie_and_antiforgery_token_from_one_instance_are_accepted_by_the_other()
    {
        var admin = await CommandProcess.RunAsync(Database, Password + "\n", "create-admin", "--email", Email, "--name", "二台 目子");
        Assert.True(admin.ExitCode == 0, admin.ToString());
        await using var first = await AppProcess.StartAsync(Database, "first");
        await using var second = await AppProcess.StartAsync(Database, "second");
        var browser = new CookieContainer();
        using var one = first.Client(browser);
        using var two = second.Client(browser);

        // Signed in on the first instance …
        using var signIn = await one.PostWithTokenAsync("/account/login", FormPosting.AntiforgeryToken(await one.GetPageAsync("/account/login")), [new("Email", Email), new("Password", Password), new("ReturnUrl", "")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // … the second reads the auth cookie and knows who it is.
        Assert.Contains("二台 目子", await two.GetPageAsync("/account"), StringComparison.Ordinal);

        // A form rendered by the first posts to the second: the antiforgery token and cookie are valid there.
        var token = FormPosting.AntiforgeryToken(await one.GetPageAsync("/account"));
        using var forged = await two.PostWithTokenAsync("/account/logout", token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"), []);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode); // the check is real: a changed token is refused
        var copy = new CookieContainer();
        copy.Add(first.BaseAddress, browser.GetCookies(first.BaseAddress)["AsoPlan.Auth"]!);
        using var copied = first.Client(copy);
        Assert.Contains("二台 目子", await copied.GetPageAsync("/account"), StringComparison.Ordinal);
        using var signOut = await two.PostWithTokenAsync("/account/logout", token, []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // The sign-out on the second renewed the security stamp in the shared database: the first refuses a
        // copy of the old cookie too (the browser's own was deleted by the sign-out).
        using var afterSignOut = await copied.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/account/login", afterSignOut.Headers.Location!.ToString(), StringComparison.Ordinal);

        Assert.True(await KeyCountAsync() >= 1, "no Data Protection key in the database");
        Assert.False(Directory.Exists(Path.Combine(first.Home, ".aspnet")), "the first instance kept keys in its home folder");
        Assert.False(Directory.Exists(Path.Combine(second.Home, ".aspnet")), "the second instance kept keys in its home folder");
    }

    private async Task<long> KeyCountAsync()
    {
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
