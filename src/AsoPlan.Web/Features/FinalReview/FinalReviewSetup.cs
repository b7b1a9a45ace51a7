namespace AsoPlan.Web.Features.FinalReview;

public static class FinalReviewSetup
{
    /// <summary>The final review (総括) of a finished plan period: its public page and files, and the planning office's texts.</summary>
    public static IServiceCollection AddFinalReviewFeature(this IServiceCollection services)
    {
        services.AddScoped<FinalReviewQuery>();
        services.AddScoped<FinalReviewTextService>();
        return services;
    }
}
