namespace AsoPlan.Web.Features.OpenData;

/// <summary>Open data: the indicator series (CSV/JSON), the plan document (JSON) and the change feed (Atom).</summary>
public static class OpenDataSetup
{
    public static IServiceCollection AddOpenDataFeature(this IServiceCollection services)
    {
        services.AddScoped<OpenDataQuery>();
        services.AddScoped<ProjectOpenData>();
        services.AddScoped<PublishedChangesQuery>();
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section);
        services.AddScoped<PlanDocumentQuery>();
        return services;
    }
}
