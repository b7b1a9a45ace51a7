using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace AsoPlan.Web.PlanAdministration;

public static class PlanAdministrationServices
{
    /// <summary>
    /// Loading and exporting whole plans (the loader and exporter themselves come with AddAsoPlanData),
    /// and editing the plan in the app.
    /// </summary>
    public static IServiceCollection AddPlanAdministration(this IServiceCollection services)
    {
        services.AddScoped<Areas.Admin.Queries.PlanPeriodQueries>();
        services.AddScoped<PlanEditQueries>();
        services.AddScoped<PlanChangeLog>();
        services.AddScoped<PlanTextEditor>();
        services.AddScoped<SectionContactEditor>();
        services.AddScoped<IndicatorGoalEditor>();
        services.AddScoped<IndicatorLifecycleEditor>();
        services.AddScoped<IAuthorizationHandler, PlanAuthorizationHandler>();
        return services;
    }
}
