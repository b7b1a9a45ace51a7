using AsoPlan.Web.Infrastructure.Mail;

namespace AsoPlan.Web.Features.Notices;

/// <summary>Notices: the record and opinion notification mails, the entry-window reminders (dispatcher, background check) and the mail transport they use.</summary>
public static class NoticesSetup
{
    public static IServiceCollection AddNoticesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReminderOptions.SectionName);
        services.AddOptions<ReminderOptions>().Bind(section)
            .Validate(o => o.DaysBeforeClose >= 0, "Reminders:DaysBeforeClose must be 0 (off) or more.")
            .Validate(o => o.CheckInterval >= TimeSpan.FromSeconds(1), "Reminders:CheckInterval must be at least one second.")
            .Validate(
                o => o.PortalUrl is null || (Uri.TryCreate(o.PortalUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                "Reminders:PortalUrl must be an absolute http(s) address, e.g. https://plan.city.aso.lg.jp/.")
            .ValidateOnStart();
        services.AddAsoPlanMail(configuration);
        var mail = configuration.GetSection(MailOptions.SectionName).Get<MailOptions>() ?? new MailOptions();
        var mailConfigured = !string.IsNullOrWhiteSpace(mail.PickupDirectory) || !string.IsNullOrWhiteSpace(mail.Smtp.Host);
        if (mailConfigured && string.IsNullOrWhiteSpace(section.Get<ReminderOptions>()?.PortalUrl))
        {
            throw new InvalidOperationException("Mail is configured, so Reminders:PortalUrl must be the portal's address as staff reach it (the reminder links to it).");
        }

        services.AddScoped<RecordNotifier>();
        services.AddScoped<OpinionNotifier>();
        services.AddScoped<ReminderDispatcher>();
        services.AddSingleton<ReminderBackgroundService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderBackgroundService>());
        return services;
    }
}
