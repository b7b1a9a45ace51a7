using System.Text.Encodings.Web;
using System.Text.Unicode;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Features.Errors;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Infrastructure.Data;
using AsoPlan.Web.Infrastructure.Logging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace AsoPlan.Web.Infrastructure;

/// <summary>MVC with views, antiforgery on every unsafe request, health checks and the domain services the pages use.</summary>
public static class MvcSetup
{
    public static IServiceCollection AddAsoPlanMvc(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add<Security.AntiforgeryFailureLog>();
        });
        // Japanese text is written as is, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
                services.Configure<RazorViewEngineOptions>(razor =>
        {
            foreach (var location in FeatureViewLocations.SharedLocations)
            {
                razor.ViewLocationFormats.Add(location);
                razor.AreaViewLocationFormats.Add(location);
            }

            razor.ViewLocationExpanders.Add(new FeatureViewLocations());
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var bands = configuration.GetSection("Achievement:Bands").Get<RatingBands>() ?? RatingBands.Default;
        if (!bands.IsValid)
        {
            throw new InvalidOperationException("Achievement:Bands must satisfy A > B > C >= 0, each on the 0.001 grid (0.1%).");
        }

        var measureRules = configuration.GetSection("Achievement:MeasureRating").Get<MeasureRatingRules>() ?? MeasureRatingRules.Default;
        if (!measureRules.IsValid)
        {
            throw new InvalidOperationException("Achievement:MeasureRating must satisfy 4 > AAbove > BAbove > CAbove >= 1 (each on the 0.01 grid) and 0 <= MinimumCoverage <= 1.");
        }

        services.AddSingleton(new AchievementCalculator(bands, measureRules));
        return services;
    }
}
