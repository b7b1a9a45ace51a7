using System.Globalization;
using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using MimeKit;

namespace AsoPlan.Web.Tests.Reminders;

/// <summary>The Development setup: no SMTP server, every mail an .eml file in the pickup folder.</summary>
public sealed class PickupFolderTests : IAsyncLifetime
{
    private readonly string pickup;

    public PickupFolderTests()
    {
        var directory = Path.Combine(Path.GetTempPath(), "asoplan-web-tests", Guid.NewGuid().ToString("N"));
        pickup = Path.Combine(directory, "mail");
        Factory = new PortalFactory(directory)
        {
            Settings = new Dictionary<string, string?>
            {
                ["Mail:PickupDirectory"] = pickup,
                ["Mail:From"] = "kikaku@city.aso.example.jp",
                ["Reminders:PortalUrl"] = "https://plan.example.jp",
            },
        };
    }

    private PortalFactory Factory { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Opening_a_window_writes_a_readable_eml_file_in_the_pickup_folder()
    {
        var staff = TestAccounts.NewEmail("staff");
        await TestAccounts.CreateAsync(Factory, staff, Roles.SectionStaff, "kanko");
        var planner = TestAccounts.NewEmail("planning");
        await TestAccounts.CreateAsync(Factory, planner, Roles.PlanningOffice);
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(planner);

        using var response = await client.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true"), new("deadline", "2031-05-30")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = Assert.Single(Directory.GetFiles(pickup, "*.eml"), f => File.ReadAllText(f).Contains(staff, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(pickup, "*.tmp"));
        var raw = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain("観光課", raw, StringComparison.Ordinal); // headers and body are MIME-encoded for any mail system
        Assert.Contains("\r\n\r\n", raw, StringComparison.Ordinal);
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("【第2次阿蘇市総合計画】令和6年度の実績入力の受付を開始しました（締切 令和13年5月30日（金））", message.Subject);
        Assert.Equal("kikaku@city.aso.example.jp", message.From.Mailboxes.Single().Address);
        Assert.Equal("阿蘇市総合計画 進行管理", message.From.Mailboxes.Single().Name);
        Assert.Contains(staff, message.To.Mailboxes.Select(m => m.Address));
        Assert.StartsWith("観光課 ご担当者様", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("・実施施策4 ", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://plan.example.jp/staff", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("utf-8", message.BodyParts.OfType<TextPart>().Single().ContentType.Charset, ignoreCase: true);
        Assert.True(message.Date > DateTimeOffset.UtcNow.AddMinutes(-10), message.Date.ToString(CultureInfo.InvariantCulture));
    }
}
