using System.Text.Encodings.Web;
using System.Text.Unicode;
using AsoPlan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace AsoPlan.Web.Infrastructure;

/// <summary>MVC with views found in feature folders, antiforgery on every unsafe request, lower-case URLs and health checks.</summary>
public static class MvcSetup
{
    public static IServiceCollection AddAsoPlanMvc(this IServiceCollection services)
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
            // Only the feature's own folders (from the expander) and Shared/Views: no /Views or /Areas folder exists.
            razor.ViewLocationFormats.Clear();
            razor.AreaViewLocationFormats.Clear();
            foreach (var location in FeatureViewLocations.SharedLocations)
            {
                razor.ViewLocationFormats.Add(location);
                razor.AreaViewLocationFormats.Add(location);
            }

            razor.ViewLocationExpanders.Add(new FeatureViewLocations());
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
