namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>HTTPS redirection and HSTS where the site is served over TLS (<see cref="SecurityOptions.RequireHttps"/>).</summary>
public static class TransportSecurity
{
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddAsoPlanTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = HstsMaxAge;
            hsts.IncludeSubDomains = false; // the city's other hosts are not ours to pin
        });

        // The public address is https on the standard port, whatever port Kestrel listens on behind the proxy.
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionOptions>()
            .Configure<IConfiguration>((redirect, configuration) =>
                redirect.HttpsPort = configuration.GetValue<int?>("Security:HttpsPort") ?? 443);
        return services;
    }

    public static WebApplication UseAsoPlanTransportSecurity(this WebApplication app)
    {
        if (SecurityOptions.From(app.Configuration).RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
