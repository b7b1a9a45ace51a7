namespace AsoPlan.Web.Features.Voice;

/// <summary>Citizens' opinions on a measure: the form, the moderation by the planning office and the sections, and the published voice.</summary>
public static class VoiceSetup
{
    public static IServiceCollection AddVoiceFeature(this IServiceCollection services)
    {
        services.AddScoped<OpinionSubmissionService>();
        services.AddScoped<OpinionService>();
        services.AddScoped<OpinionQueries>();
        services.AddScoped<PublishedOpinionsQuery>();
        return services;
    }
}
