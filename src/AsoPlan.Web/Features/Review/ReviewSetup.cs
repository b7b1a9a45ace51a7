namespace AsoPlan.Web.Features.Review;

/// <summary>The planning office: queue, history, entry windows, what an approval publishes, dashboard and report.</summary>
public static class ReviewSetup
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services)
    {
        services.AddScoped<EntryWindowService>();
        services.AddScoped<Periods.PeriodClosingService>();
        services.AddScoped<EvaluationPublisher>();
        services.AddScoped<SubmissionsQuery>();
        services.AddScoped<RecordHistoryQuery>();
        services.AddScoped<ResubmissionChangesQuery>();
        services.AddScoped<DashboardQuery>();
        services.AddSingleton<DashboardCache>();
        services.AddScoped<MeasurePdcaQuery>();
        services.AddScoped<ReportQuery>();
        return services;
    }
}
