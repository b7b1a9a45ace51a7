namespace AsoPlan.Web.Features.Records;

/// <summary>Staff record entry: the record services, the record page loader and the staff home.</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddRecordsFeature(this IServiceCollection services)
    {
        services.AddScoped<EntryYears>();
        services.AddScoped<RecordResources>();
        services.AddScoped<RecordPages>();
        services.AddScoped<RecordConflicts>();
        services.AddScoped<RecordEntryWriter>();
        services.AddScoped<PdcaRecordService>();
        services.AddScoped<StaffHomeQuery>();
        return services;
    }
}
