using System.Security.Cryptography.X509Certificates;
using AsoPlan.Data;
using Microsoft.AspNetCore.DataProtection;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// The keys that sign and encrypt the auth cookie, antiforgery tokens and TempData live in the database
/// (<c>DataProtectionKeys</c>) under a fixed application name, so every web instance behind a load
/// balancer, and every restart or redeployment to another folder, reads and writes the same key ring.
/// The default would be a per-machine folder and an application name derived from the content root path.
/// With <c>DataProtection:CertificatePath</c> (a PFX, its password in <c>DataProtection:CertificatePassword</c>)
/// the keys are encrypted at rest with that certificate; without it they are stored as they are, which the
/// app says once at start (<see cref="KeyProtectionNote"/>) instead of the framework's warning per key.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "AsoPlan";

    public static IServiceCollection AddAsoPlanDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AsoPlanDbContext>();
        var certificate = Certificate(configuration);
        if (certificate is not null)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }

        services.AddSingleton(new KeyProtection(certificate?.Subject));
        services.AddHostedService<KeyProtectionNote>();
        return services;
    }

    private static X509Certificate2? Certificate(IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        return string.IsNullOrWhiteSpace(path)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
    }
}

/// <summary>How the key ring is protected at rest: the certificate's subject, or null when it is not encrypted.</summary>
public sealed record KeyProtection(string? CertificateSubject);
