namespace AsoPlan.Web.PlanAdministration;

public static class PlanAdministrationServices
{
    /// <summary>Loading and exporting whole plans (the loader and exporter themselves come with AddAsoPlanData).</summary>
    public static IServiceCollection AddPlanAdministration(this IServiceCollection services)
    {
        services.AddScoped<Areas.Admin.Queries.PlanPeriodQueries>();
        return services;
    }
}
