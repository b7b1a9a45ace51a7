using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Features.Progress;

/// <summary>Progress: the one configured achievement calculator and the progress reads (one scoped instance per request).</summary>
public static class ProgressSetup
{
    public static IServiceCollection AddProgressFeature(this IServiceCollection services, IConfiguration configuration)
    {
        var bands = configuration.GetSection("Achievement:Bands").Get<RatingBands>() ?? RatingBands.Default;
        if (!bands.IsValid)
        {
            throw new InvalidOperationException("Achievement:Bands must satisfy A > B > C >= 0, each on the 0.001 grid (0.1%).");
        }

        var measureRules = configuration.GetSection("Achievement:MeasureRating").Get<MeasureRatingRules>() ?? MeasureRatingRules.Default;
        if (!measureRules.IsValid)
        {
            throw new InvalidOperationException("Achievement:MeasureRating must satisfy 4 > AAbove > BAbove > CAbove >= 1 (each on the 0.01 grid) and 0 <= MinimumCoverage <= 1.");
        }

        services.AddSingleton(new AchievementCalculator(bands, measureRules));
        services.AddScoped<ProgressQuery>();
        services.AddScoped<ProgressOverviewQuery>();
        services.AddScoped<MeasureStatusQuery>();
        return services;
    }
}
