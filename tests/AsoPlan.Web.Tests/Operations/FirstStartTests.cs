using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Operations;

/// <summary>
/// A newcomer's first start, as `dotnet run` does it (Development, an empty database that the app creates and
/// loads the plan into): nothing printed at warning or above, and one line saying how the keys are kept.
/// A post without an antiforgery token is then one warning line, without a stack trace.
/// </summary>
public sealed partial class FirstStartTests : OwnDatabase
{
    [Fact]
    public async Task A_first_start_prints_no_warning_and_a_token_less_post_is_one_warning_line()
    {
        await using var app = await AppProcess.StartAsync(Database, "first-start", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ConnectionStrings:AsoPlan"] = $"Data Source={Path.Combine(Database.Directory, "first-start.db")}",
        });
        using var client = app.Client(new System.Net.CookieContainer());
        Assert.Contains("第2次阿蘇市総合計画", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        var start = app.Output;
        Assert.Contains("imported", start, StringComparison.Ordinal); // the plan was loaded on this start
        Assert.Contains("Data Protection keys are stored unencrypted", start, StringComparison.Ordinal);
        Assert.True(!WarningOrWorse().IsMatch(start), $"warnings on a first start:\n{start}");

        using var post = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent([new("Email", "a@example.jp"), new("Password", "x")]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, post.StatusCode);
        var after = await OutputSinceAsync(app, start.Length, "antiforgery");
        Assert.Single(WarningOrWorse().Matches(after));
        Assert.Contains("Refused POST /account/login: antiforgery token missing or invalid", after, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), after);
    }

    /// <summary>Log lines are written asynchronously: waits briefly for the expected one.</summary>
    private static async Task<string> OutputSinceAsync(AppProcess app, int offset, string expected)
    {
        for (var attempt = 0; attempt < 50 && !app.Output[offset..].Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
        }

        return app.Output[offset..];
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d (WRN|ERR|FTL)\]", RegexOptions.Multiline)]
    private static partial Regex WarningOrWorse();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
