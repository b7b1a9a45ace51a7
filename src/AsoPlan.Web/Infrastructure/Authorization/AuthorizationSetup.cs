using Microsoft.AspNetCore.Authorization;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>Resource-based authorization: who acts (<see cref="WorkflowActors"/>) and the handlers for records, section years, plan items and citizens' opinions.</summary>
public static class AuthorizationSetup
{
    public static IServiceCollection AddResourceAuthorization(this IServiceCollection services)
    {
        services.AddScoped<WorkflowActors>();
        services.AddScoped<IAuthorizationHandler, RecordAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, SectionYearAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, PlanAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, OpinionAuthorizationHandler>();
        return services;
    }
}
