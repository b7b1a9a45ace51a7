using AsoPlan.Web.Features.Review;

namespace AsoPlan.Web.Features.Progress;

public static class ProgressSetup
{
    /// <summary>The progress reads: dashboard, public overview, report (one scoped instance per request).</summary>
    public static IServiceCollection AddAsoPlanProgress(this IServiceCollection services)
    {
        services.AddScoped<ProgressQuery>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<MeasurePdcaQuery>();
        services.AddScoped<ReportQuery>();
        services.AddScoped<ProgressOverviewQuery>();
        services.AddScoped<MeasureStatusQuery>();
        return services;
    }
}
