using MimeKit;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>Chooses the mail transport from <c>Mail:*</c> and refuses to start with a sender it cannot use.</summary>
public static class MailSetup
{
    public static IServiceCollection AddAsoPlanMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.SectionName);
        services.Configure<MailOptions>(section);
        var options = section.Get<MailOptions>() ?? new MailOptions();
        var configured = !string.IsNullOrWhiteSpace(options.PickupDirectory) || !string.IsNullOrWhiteSpace(options.Smtp.Host);
        if (configured && (string.IsNullOrWhiteSpace(options.From) || !MailboxAddress.TryParse(options.From, out _)))
        {
            throw new InvalidOperationException("Mail is configured, so Mail:From must be the sender's e-mail address (e.g. kikaku@city.aso.lg.jp).");
        }

        if (!string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        }
        else if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, NoMailTransport>();
        }

        return services;
    }
}
