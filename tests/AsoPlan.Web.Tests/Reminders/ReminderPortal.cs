using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Notices;
using AsoPlan.Web.Infrastructure.Mail;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AsoPlan.Web.Tests.Reminders;

/// <summary>
/// The real app on its own SQLite file with a fake clock and a recording mail transport (the two seams);
/// everything between them (window page, dispatcher, background check, database) is real.
/// </summary>
public sealed class ReminderPortal : OwnPortal
{
    public const string PortalUrl = "https://plan.example.jp/";

    // Real time as a start, so sign-in cookies the test client keeps are not already expired.
    public ReminderPortal()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow), new RecordingMailTransport())
    {
    }

    private ReminderPortal(FakeTimeProvider clock, RecordingMailTransport mail)
        : base(new PortalFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Reminders:PortalUrl"] = PortalUrl,
                ["Reminders:DaysBeforeClose"] = "7",
                ["Reminders:CheckInterval"] = "01:00:00",
            },
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<IMailTransport>(mail);
            },
        })
    {
        Clock = clock;
        Mail = mail;
    }

    public FakeTimeProvider Clock { get; }

    public RecordingMailTransport Mail { get; }

    public DateOnly Today => JapanCalendar.Today(Clock.GetUtcNow());

    /// <summary>A signed-in client of a new account; returns the account's e-mail address too.</summary>
    public async Task<(string Email, HttpClient Client)> SignInAsync(string role, string? sectionCode = null)
    {
        var email = TestAccounts.NewEmail(role.ToLowerInvariant());
        await TestAccounts.CreateAsync(Factory, email, role, sectionCode);
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return (email, client);
    }

    public async Task<string> StaffAccountAsync(string sectionCode)
    {
        var email = TestAccounts.NewEmail("staff");
        await TestAccounts.CreateAsync(Factory, email, Roles.SectionStaff, sectionCode);
        return email;
    }

    /// <summary>One background check, as the timer runs it.</summary>
    public Task<int> CheckAsync() => Factory.Services.GetRequiredService<ReminderBackgroundService>().CheckAsync(CancellationToken.None);

    public Task SetRecordStateAsync(int measureNumber, int fiscalYear, RecordState state) => Records.SetStateAsync(Factory, measureNumber, fiscalYear, state);

    public async Task<int> DeliveriesAsync(int fiscalYear)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>().ReminderDeliveries.CountAsync(d => d.FiscalYear == fiscalYear);
    }

    /// <summary>Waits for the background timer's check to have sent what a test expects.</summary>
    public static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the background check did not send the expected mail within 10 seconds");
    }
}
