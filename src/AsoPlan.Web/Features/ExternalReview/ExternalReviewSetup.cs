namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>The external review (外部評価): rounds, reviewers' findings, the committee's finding and the city's response.</summary>
public static class ExternalReviewSetup
{
    public static IServiceCollection AddExternalReviewFeature(this IServiceCollection services)
    {
        services.AddScoped<ExternalReviewService>();
        services.AddScoped<ExternalReviewQueries>();
        return services;
    }
}
