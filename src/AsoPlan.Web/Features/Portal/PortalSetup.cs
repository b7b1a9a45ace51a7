using AsoPlan.Web.Features.Portal.Accessibility;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.Portal;

/// <summary>The read side of the public portal: approved values, the plan pages, search and the accessibility statement.</summary>
public static class PortalSetup
{
    public static IServiceCollection AddPortalFeature(this IServiceCollection services)
    {
        services.AddScoped<ApprovedActuals>();
        services.AddSingleton<IndicatorRows>();
        services.AddScoped<PortalPeriods>();
        services.AddScoped<HomeQuery>();
        services.AddScoped<ConceptQuery>();
        services.AddSingleton<AccessibilityStatement>();
        services.AddScoped<PolicyQueries>();
        services.AddScoped<MeasureQueries>();
        services.AddScoped<RevisionNotesQuery>();
        services.AddScoped<SectionQueries>();
        services.AddScoped<SdgQuery>();
        services.AddScoped<SearchQuery>();
        return services;
    }
}
