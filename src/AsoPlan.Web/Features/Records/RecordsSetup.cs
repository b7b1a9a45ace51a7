using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Features.Workbooks;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace AsoPlan.Web.Features.Records;

/// <summary>The staff and planning workflow: record services and the resource-based authorization handler.</summary>
public static class WorkflowSetup
{
    public static IServiceCollection AddAsoPlanWorkflow(this IServiceCollection services)
    {
        services.AddScoped<EntryYears>();
        services.AddScoped<EntryWindowService>();
        services.AddScoped<RecordResources>();
        services.AddScoped<RecordPages>();
        services.AddScoped<RecordConflicts>();
        services.AddScoped<RecordEntryWriter>();
        services.AddScoped<PdcaRecordService>();
        services.AddScoped<EvaluationPublisher>();
        services.AddScoped<StaffHomeQuery>();
        services.AddScoped<SubmissionsQuery>();
        services.AddScoped<RecordHistoryQuery>();
        services.AddScoped<ResubmissionChangesQuery>();
        services.AddScoped<AsoPlan.Web.Features.Notices.RecordNotifier>();
        services.AddScoped<WorkflowActors>();
        services.AddScoped<IAuthorizationHandler, RecordAuthorizationHandler>();
        services.AddScoped<EntryWorkbookQuery>();
        services.AddScoped<EntryWorkbookImporter>();
        services.AddScoped<IAuthorizationHandler, SectionYearAuthorizationHandler>();
        return services;
    }
}
