namespace AsoPlan.Web.Features.Budget;

/// <summary>The budget link (事務事業評価): the planning office's per-year 単価 and the published project years.</summary>
public static class BudgetSetup
{
    public static IServiceCollection AddBudgetFeature(this IServiceCollection services)
    {
        services.AddScoped<StaffCostRateService>();
        services.AddScoped<PublishedProjectsQuery>();
        services.AddScoped<FinanceImporter>();
        services.AddScoped<ProjectSheetQuery>();
        return services;
    }
}
