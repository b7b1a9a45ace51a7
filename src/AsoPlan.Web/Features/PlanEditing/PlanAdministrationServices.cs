using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace AsoPlan.Web.Features.PlanEditing;

public static class PlanAdministrationServices
{
    /// <summary>
    /// Loading and exporting whole plans (the loader and exporter themselves come with AddAsoPlanData),
    /// and editing the plan in the app.
    /// </summary>
    public static IServiceCollection AddPlanAdministration(this IServiceCollection services)
    {
        services.AddScoped<AsoPlan.Web.Features.PlanEditing.PlanPeriodQueries>();
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
