using AsoPlan.Web.Features.Errors;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Infrastructure;
using AsoPlan.Web.Infrastructure.Data;
using AsoPlan.Web.Infrastructure.Logging;
using AsoPlan.Web.Shared.Periods;
using AsoPlan.Web.Shared.Publication;

namespace AsoPlan.Web.Features.Portal;

/// <summary>The read side of the public portal and open data.</summary>
public static class PortalSetup
{
    public static IServiceCollection AddPublicPortal(this IServiceCollection services)
    {
        services.AddScoped<ApprovedActuals>();
        services.AddSingleton<IndicatorRows>();
        services.AddScoped<PortalPeriods>();
        services.AddScoped<HomeQuery>();
        services.AddScoped<ConceptQuery>();
        services.AddSingleton<AsoPlan.Web.Features.Portal.Accessibility.AccessibilityStatement>();
        services.AddScoped<PolicyQueries>();
        services.AddScoped<MeasureQueries>();
        services.AddScoped<RevisionNotesQuery>();
        services.AddScoped<SectionQueries>();
        services.AddScoped<SdgQuery>();
        services.AddScoped<SearchQuery>();
        services.AddScoped<OpenDataQuery>();
        services.AddScoped<PublishedChangesQuery>();
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section);
        services.AddScoped<PlanDocumentQuery>();
        return services;
    }
}
