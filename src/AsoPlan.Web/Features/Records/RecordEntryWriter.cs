using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;

namespace AsoPlan.Web.Features.Records;

/// <summary>
/// Puts a read staff entry into a record and its audit row, without saving: the form saves one record,
/// a workbook upload several, each in a single <c>SaveChanges</c>, and both must leave the same record behind.
/// </summary>
public sealed class RecordEntryWriter(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Stages the entry into <paramref name="record"/> (tracked, with its values), creating it when null; returns the record and whether it is new.</summary>
    public (PdcaRecord Record, bool Created) Stage(
        PdcaRecord? record, int measureId, int measureNumber, int fiscalYear, RecordEntry entry, IReadOnlyList<Indicator> indicators, string actor, bool submit)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(indicators);
        var current = record?.State;
        var before = record is null ? null : RecordSnapshot.Of(record, indicators);
        var created = record is null;
        if (record is null)
        {
            record = new PdcaRecord { MeasureId = measureId, FiscalYear = fiscalYear };
            db.PdcaRecords.Add(record);
        }

        Apply(record, entry);
        record.State = submit ? PdcaWorkflow.AfterSubmit(current) : PdcaWorkflow.AfterSave(current);
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(actor, submit ? RecordActions.Submit : RecordActions.Save, RecordAuditKey.EntityType, RecordAuditKey.Of(measureNumber, fiscalYear), before, RecordSnapshot.Of(record, indicators));
        return (record, created);
    }

    private static void Apply(PdcaRecord record, RecordEntry entry)
    {
        foreach (var value in entry.Values)
        {
            var stored = record.Values.FirstOrDefault(v => v.IndicatorId == value.IndicatorId);
            var empty = value.Value is null && value.NotAvailableReason is null && value.MeasurementNote is null;
            if (empty)
            {
                if (stored is not null)
                {
                    record.Values.Remove(stored);
                }

                continue;
            }

            if (stored is null)
            {
                stored = new ActualValue { IndicatorId = value.IndicatorId };
                record.Values.Add(stored);
            }

            stored.Value = value.Value;
            stored.NotAvailableReason = value.NotAvailableReason;
            stored.MeasurementNote = value.MeasurementNote;
            stored.IsPreliminary = value.Value is not null && (value.Preliminary ?? stored.IsPreliminary);
        }

        ApplyProjects(record, entry);
        record.DoText = entry.DoText;
        record.SelfRating = entry.SelfRating;
        record.SelfRatingReason = entry.SelfRatingReason;
        record.ActionText = entry.ActionText;
    }

    /// <summary>Each project the entry carries: stored when anything was typed, removed when emptied; others stay as they are.</summary>
    private static void ApplyProjects(PdcaRecord record, RecordEntry entry)
    {
        foreach (var project in entry.Projects)
        {
            var stored = record.Projects.FirstOrDefault(p => p.ProjectId == project.ProjectId);
            if (project.IsEmpty)
            {
                if (stored is not null)
                {
                    record.Projects.Remove(stored);
                }

                continue;
            }

            if (stored is null)
            {
                stored = new AsoPlan.Core.Budget.ProjectRecord { ProjectId = project.ProjectId };
                record.Projects.Add(stored);
            }

            ProjectForms.Apply(stored, project);
        }
    }
}
