using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Core.Accounts;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The real app as its own process, killed with SIGKILL in the middle of a burst of saves: the database
/// it leaves must be sound and must hold every save the app had acknowledged to its client.
/// No browser: the saves are plain form posts with the antiforgery token, as a browser sends them.
/// </summary>
public sealed partial class DurabilityTests(ITestOutputHelper output)
{
    private const int Workers = 4;
    private const int AcknowledgedBeforeKill = 12;

    [Fact]
    public async Task Every_save_acknowledged_before_a_SIGKILL_is_in_a_sound_database_afterwards()
    {
        await using var server = await AppServer.StartAsync();
        await WorkAccounts.CreateAdminAsync(server);
        using var admin = await SignedInAsync(server);

        // Each save creates an account through the admin form; 302 to the list is the app's acknowledgement.
        var acknowledged = new ConcurrentBag<string>();
        var failedInFlight = 0;
        var killed = new TaskCompletionSource();
        var burst = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !killed.Task.IsCompleted; i++)
            {
                var email = $"durable-{worker}-{i}@example.jp";
                try
                {
                    if (await CreateAccountAsync(admin, email))
                    {
                        acknowledged.Add(email);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failedInFlight);
                    return;
                }
            }
        })).ToList();

        while (acknowledged.Count < AcknowledgedBeforeKill && burst.Any(t => !t.IsCompleted))
        {
            await Task.Delay(20);
        }

        await server.KillAsync();
        killed.SetResult();
        await Task.WhenAll(burst);
        output.WriteLine($"acknowledged before the kill: {acknowledged.Count}; requests cut off by it: {failedInFlight}");
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"only {acknowledged.Count} saves were acknowledged:\n{server.ConsoleOutput}");
        Assert.True(failedInFlight > 0, "the kill did not land in the middle of the burst (no request was cut off)");

        await using var db = new SqliteConnection($"Data Source={server.DatabaseFile};Pooling=False");
        await db.OpenAsync();
        Assert.Equal(["ok"], await RowsAsync(db, "PRAGMA integrity_check;"));
        var stored = (await RowsAsync(db, "SELECT Email FROM AspNetUsers WHERE Email LIKE 'durable-%';")).ToHashSet();
        var lost = acknowledged.Where(e => !stored.Contains(e)).Order().ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged saves are missing: {string.Join(", ", lost)}");
    }

    private static async Task<HttpClient> SignedInAsync(AppServer server)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseAddress };
        using var response = await PostFormAsync(client, "/account/login", [new("Email", WorkAccounts.AdminEmail), new("Password", WorkAccounts.Password), new("ReturnUrl", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<bool> CreateAccountAsync(HttpClient admin, string email)
    {
        using var response = await PostFormAsync(admin, "/admin/accounts/new",
        [
            new("Email", email), new("DisplayName", "耐久 試験"), new("Roles", Roles.PlanningOffice), new("SectionId", ""),
            new("Password", WorkAccounts.Password), new("ConfirmPassword", WorkAccounts.Password),
        ]);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/admin/accounts";
    }

    /// <summary>GETs the form's page for its antiforgery token, then posts the fields with it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        fields.Add(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
