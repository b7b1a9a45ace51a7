using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Mail;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Voice;

/// <summary>
/// The real app on its own SQLite file with the recording mail transport (the mail seam), the real per-address limits
/// for opinions (3 a minute, 5 a day) and each citizen client on an address of its own.
/// </summary>
public sealed class VoicePortal : OwnPortal
{
    public const int PerMinute = 3;

    private int addresses;

    public VoicePortal()
        : this(new RecordingMailTransport())
    {
    }

    private VoicePortal(RecordingMailTransport mail)
        : base(new PortalFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Reminders:PortalUrl"] = ReminderPortal.PortalUrl,
                ["Security:OpinionsPerMinutePerAddress"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Security:OpinionsPerDayPerAddress"] = "5",
            },
            TestServices = services =>
            {
                services.AddSingleton<IMailTransport>(mail);
                TestClientAddress.Add(services);
            },
        })
    {
        Mail = mail;
    }

    public RecordingMailTransport Mail { get; }

    /// <summary>An anonymous visitor on an address of their own, as separate homes would be.</summary>
    public HttpClient Citizen()
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var n = Interlocked.Increment(ref addresses);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"192.0.2.{n % 250 + 1}");
        return client;
    }

    public async Task<(string Email, HttpClient Client)> StaffAsync(string? sectionCode, params string[] roles)
    {
        var email = TestAccounts.NewEmail("voice");
        await TestAccounts.CreateAsync(Factory, email, roles[0], sectionCode);
        if (roles.Length > 1)
        {
            using var scope = Factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AsoPlan.Data.Identity.AppUser>>();
            Assert.True((await users.AddToRolesAsync((await users.FindByEmailAsync(email))!, roles[1..])).Succeeded);
        }

        var client = Citizen();
        await client.SignInAsync(email);
        return (email, client);
    }

    public Task<(string Email, HttpClient Client)> PlanningAsync() => StaffAsync(null, Roles.PlanningOffice);

    public async Task<T> WithDbAsync<T>(Func<AsoPlanDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
    }

    public Task<List<Opinion>> OpinionsWithAsync(string marker) =>
        WithDbAsync(db => db.Opinions.AsNoTracking().Where(o => o.Text != null && o.Text.Contains(marker)).OrderBy(o => o.Id).ToListAsync());
}
