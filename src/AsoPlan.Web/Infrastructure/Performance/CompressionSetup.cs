using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Brotli/Gzip for text responses, over HTTPS too. Against BREACH, only responses without a per-user
/// secret are compressed: the user is not signed in and the response sets no cookie (a form's
/// antiforgery token always comes with its cookie). Public pages, open data and static files qualify.
/// </summary>
public static class CompressionSetup
{
    public static IServiceCollection AddAsoPlanCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, AnonymousResponseCompressionProvider>();
        return services;
    }

    /// <summary>Before static files and the output cache, so both are compressed on the way out.</summary>
    public static IApplicationBuilder UseAsoPlanCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    private sealed class AnonymousResponseCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.User.Identity?.IsAuthenticated != true
            && context.Response.Headers.SetCookie.Count == 0
            && base.ShouldCompressResponse(context);
    }
}
