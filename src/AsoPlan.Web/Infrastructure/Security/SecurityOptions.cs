namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Production behind TLS: redirect to HTTPS, send HSTS, and give cookies the <c>__Host-</c> prefix with
    /// <c>Secure</c> always. Off for <c>dotnet run</c> on http://localhost and for the tests' loopback servers,
    /// where a <c>Secure</c>-only cookie could not be sent back.
    /// </summary>
    public bool RequireHttps { get; set; }

    public string AuthCookieName => RequireHttps ? "__Host-AsoPlan.Auth" : "AsoPlan.Auth";

    public string AntiforgeryCookieName => RequireHttps ? "__Host-AsoPlan.Antiforgery" : "AsoPlan.Antiforgery";

    public static SecurityOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<SecurityOptions>() ?? new SecurityOptions();
}
