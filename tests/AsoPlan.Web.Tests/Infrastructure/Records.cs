using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Writes PDCA records straight into a running portal's database, as the staff workflow would leave them.</summary>
public static class Records
{
    public static async Task AddAsync(PortalFactory factory, int measureNumber, int fiscalYear, RecordState state, string indicatorCode, decimal value)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var measureId = await db.Measures.Where(m => m.Number == measureNumber).Select(m => m.Id).SingleAsync();
        var indicatorId = await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => i.Id).SingleAsync();
        db.PdcaRecords.Add(new PdcaRecord
        {
            MeasureId = measureId,
            FiscalYear = fiscalYear,
            State = state,
            DoText = "テスト",
            UpdatedAt = DateTime.UtcNow,
            ApprovedAt = state == RecordState.Approved ? DateTime.UtcNow : null,
            Version = Guid.NewGuid(),
            Values = [new ActualValue { IndicatorId = indicatorId, Value = value }],
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Test setup only: puts a record straight into a state (creating it when missing, deleting it for null).</summary>
    public static async Task SetStateAsync(PortalFactory factory, int measureNumber, int fiscalYear, RecordState? state)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var record = await db.PdcaRecords.SingleOrDefaultAsync(r => r.Measure!.Number == measureNumber && r.FiscalYear == fiscalYear);
        if (state is null)
        {
            if (record is not null)
            {
                db.PdcaRecords.Remove(record);
            }
        }
        else
        {
            if (record is null)
            {
                var measureId = await db.Measures.Where(m => m.Number == measureNumber).Select(m => m.Id).SingleAsync();
                record = new PdcaRecord { MeasureId = measureId, FiscalYear = fiscalYear, UpdatedAt = DateTime.UtcNow };
                db.PdcaRecords.Add(record);
            }

            record.State = state.Value;
        }

        await db.SaveChangesAsync();
    }
}
