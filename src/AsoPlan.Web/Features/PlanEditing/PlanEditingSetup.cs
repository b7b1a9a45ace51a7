namespace AsoPlan.Web.Features.PlanEditing;

public static class PlanEditingSetup
{
    /// <summary>
    /// Loading and exporting whole plans (the loader and exporter themselves come with AddAsoPlanData),
    /// and editing the plan in the app.
    /// </summary>
    public static IServiceCollection AddPlanEditingFeature(this IServiceCollection services)
    {
        services.AddScoped<AsoPlan.Web.Features.PlanEditing.PlanPeriodQueries>();
        services.AddScoped<PlanEditQueries>();
        services.AddScoped<PlanWorkbook.PlanWorkbookImporter>();
        services.AddScoped<PlanChangeLog>();
        services.AddScoped<PlanTextEditor>();
        services.AddScoped<ProjectEditor>();
        services.AddScoped<SectionContactEditor>();
        services.AddScoped<IndicatorGoalEditor>();
        services.AddScoped<IndicatorLifecycleEditor>();
        return services;
    }
}
