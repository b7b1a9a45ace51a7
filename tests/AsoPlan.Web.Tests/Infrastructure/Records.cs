using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Features.Review;
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
        if (state == RecordState.Approved)
        {
            // An approval publishes: what the public pages read (the app's own publisher, as the review page's approval does).
            var record = await db.PdcaRecords.Include(r => r.Values).SingleAsync(r => r.MeasureId == measureId && r.FiscalYear == fiscalYear);
            var indicators = await scope.ServiceProvider.GetRequiredService<RecordPages>().IndicatorsAsync(measureId, fiscalYear);
            await scope.ServiceProvider.GetRequiredService<EvaluationPublisher>().StageAsync(record, indicators, record.ApprovedAt!.Value);
            await db.SaveChangesAsync();
        }
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
                // What an approval published goes with it (the app itself never deletes a record).
                db.Publications.RemoveRange(db.Publications.Where(p => p.PdcaRecordId == record.Id));
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
