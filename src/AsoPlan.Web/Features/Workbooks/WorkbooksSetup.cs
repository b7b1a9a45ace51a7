namespace AsoPlan.Web.Features.Workbooks;

/// <summary>The section's entry workbook: what goes into the download and the reader of an upload.</summary>
public static class WorkbooksSetup
{
    public static IServiceCollection AddWorkbooksFeature(this IServiceCollection services)
    {
        services.AddScoped<EntryWorkbookQuery>();
        services.AddScoped<EntryWorkbookImporter>();
        return services;
    }
}
