using System.Text.Json;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Formatting;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>Reads a record page: the measure, its indicators with their 達成度, and the stored record as a form.</summary>
public sealed class RecordPages(AsoPlanDbContext db, AchievementCalculator calculator)
{
    public async Task<RecordPage> LoadAsync(RecordResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Id == resource.MeasureId)
            .Select(m => new { m.Number, m.Title, Section = m.OwnerSection!.Name, TargetYear = m.Policy!.PlanPeriod!.EndFiscalYear })
            .SingleAsync(cancellationToken);
        var indicators = await IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var projects = await ProjectsAsync(resource.MeasureId, cancellationToken);
        var unitCost = await UnitCostAsync(db, resource.FiscalYear, cancellationToken);
        var record = await db.PdcaRecords.AsNoTracking()
            .Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        var deadline = await db.EntryWindows.AsNoTracking()
            .Where(w => w.FiscalYear == resource.FiscalYear && w.IsOpen)
            .Select(w => w.Deadline)
            .SingleOrDefaultAsync(cancellationToken);

        var lastYear = await LastYearAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var lines = indicators.Select(i => Line(i, record?.Values.FirstOrDefault(v => v.IndicatorId == i.Id), resource.FiscalYear) with
        {
            LastYear = LastYearLine.Of(resource.FiscalYear - 1, lastYear.GetValueOrDefault(i.Id), i),
        }).ToList();
        return new RecordPage
        {
            MeasureNumber = measure.Number,
            MeasureTitle = measure.Title,
            SectionName = measure.Section,
            FiscalYear = resource.FiscalYear,
            State = record?.State,
            WindowOpen = resource.WindowOpen,
            Deadline = deadline,
            ReviewComment = record?.ReviewComment,
            UpdatedAt = record?.UpdatedAt,
            ApprovedAt = record?.ApprovedAt,
            Indicators = lines,
            MeasureRating = calculator.RateMeasure(lines.Select(l => l.Achievement)),
            Stage = EvaluationLabels.StageOf(resource.FiscalYear, measure.TargetYear),
            Form = FormOf(record, indicators, projects),
            Projects = [.. projects.Select(p => ProjectLine.Of(p, record?.Projects.FirstOrDefault(r => r.ProjectId == p.Id), unitCost))],
            UnitCost = unitCost,
            SubmissionProblems = record is null ? [] : PdcaWorkflow.SubmissionProblems(ContentOf(record, indicators)),
            CorrectionReason = record?.CorrectionReason,
            CorrectionRequest = record?.CorrectionRequest,
            CorrectionRequestedBy = record?.CorrectionRequestedBy,
            CorrectionRequestedAt = record?.CorrectionRequestedAt,
            Mails = await AsoPlan.Web.Features.Notices.RecordMails.OfAsync(db, RecordAuditKey.Of(measure.Number, resource.FiscalYear), cancellationToken),
            Declined = record is null ? null : await DeclinedAsync(resource, cancellationToken),
            CorrectionNotes = record is null ? [] : [.. (await db.Publications.AsNoTracking()
                .Where(p => p.PdcaRecordId == record.Id && p.Notes != null)
                .OrderBy(p => p.Revision)
                .Select(p => p.Notes!)
                .ToListAsync(cancellationToken)).SelectMany(ValueFormat.Lines)],
        };
    }

    /// <summary>What was published for the measure's previous year (its current publication), by indicator id; empty when nothing was approved.</summary>
    private async Task<Dictionary<int, LastYearValue>> LastYearAsync(int measureId, int fiscalYear, CancellationToken cancellationToken) =>
        await db.PublishedValues.AsNoTracking()
            .Where(v => v.Publication!.IsCurrent && v.Publication.MeasureId == measureId && v.Publication.FiscalYear == fiscalYear - 1)
            .Select(v => new LastYearValue(v.IndicatorId, v.Value, v.Status, v.NotAvailableReason))
            .ToDictionaryAsync(v => v.IndicatorId, cancellationToken);

    /// <summary>
    /// The declined correction request the section should read: the record's latest correction step, when it was a
    /// decline (read from the audit trail, which keeps the reason in the entry's after-snapshot).
    /// </summary>
    private async Task<DeclinedCorrection?> DeclinedAsync(RecordResource resource, CancellationToken cancellationToken)
    {
        string[] steps = [RecordActions.RequestCorrection, RecordActions.DeclineCorrection, RecordActions.Reopen, RecordActions.Approve];
        var key = RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key && steps.Contains(a.Action))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Action, a.Actor, a.At, a.Before, a.After })
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null || last.Action != RecordActions.DeclineCorrection)
        {
            return null;
        }

        var before = last.Before is null ? null : JsonSerializer.Deserialize<RecordSnapshot>(last.Before);
        var after = last.After is null ? null : JsonSerializer.Deserialize<RecordSnapshot>(last.After);
        return new DeclinedCorrection(before?.CorrectionRequest, after?.CorrectionDeclined, last.Actor, last.At);
    }

    /// <summary>
    /// The measure's indicators measured in <paramref name="fiscalYear"/> (a retired one leaves the form
    /// from its retirement year on), in plan order, with their per-year targets, tracked by nobody.
    /// </summary>
    public Task<List<Indicator>> IndicatorsAsync(int measureId, int fiscalYear, CancellationToken cancellationToken = default) =>
        db.Indicators.AsNoTracking()
            .Include(i => i.YearTargets)
            .Where(i => i.MeasureId == measureId && (i.RetiredFromFiscalYear == null || i.RetiredFromFiscalYear > fiscalYear))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);

    /// <summary>The measure's projects (事務事業) in plan order (initiative, then project), with their initiative and section, tracked by nobody.</summary>
    public Task<List<Project>> ProjectsAsync(int measureId, CancellationToken cancellationToken = default) =>
        db.Projects.AsNoTracking()
            .Include(p => p.Initiative)
            .Include(p => p.OwnerSection)
            .Where(p => p.MeasureId == measureId)
            .OrderBy(p => p.Initiative!.SortOrder).ThenBy(p => p.SortOrder)
            .ToListAsync(cancellationToken);

    /// <summary>単価 of the year (千円 per 人工), or null while the planning office has not set it.</summary>
    public static Task<decimal?> UnitCostAsync(AsoPlanDbContext db, int fiscalYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StaffCostRates.AsNoTracking().Where(r => r.FiscalYear == fiscalYear).Select(r => (decimal?)r.UnitCost).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The form as a stored record fills it: one row per indicator, numbers in the indicator's decimals; one per project.</summary>
    public static RecordForm FormOf(PdcaRecord? record, IReadOnlyList<Indicator> indicators, IReadOnlyList<Project>? projects = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new RecordForm
        {
            Version = record?.Version.ToString(),
            Values = [.. indicators.Select(i =>
            {
                var stored = record?.Values.FirstOrDefault(v => v.IndicatorId == i.Id);
                return new ValueForm
                {
                    IndicatorId = i.Id,
                    Value = stored?.Value is { } value ? EntryFormat.FormNumber(value, i.Decimals) : null,
                    NotAvailable = stored is { Value: null, NotAvailableReason: not null },
                    NotAvailableReason = stored?.NotAvailableReason,
                    MeasurementNote = stored?.MeasurementNote,
                    Preliminary = stored?.IsPreliminary == true,
                };
            })],
            DoText = record?.DoText,
            SelfRating = record?.SelfRating,
            SelfRatingReason = record?.SelfRatingReason,
            ActionText = record?.ActionText,
            Projects = [.. (projects ?? []).Select(p => ProjectForms.Of(p.Id, record?.Projects.FirstOrDefault(r => r.ProjectId == p.Id)))],
        };
    }

    /// <summary>A stored record's content as submission completeness judges it.</summary>
    public static RecordContent ContentOf(PdcaRecord record, IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(indicators);
        return new RecordContent(
            [.. indicators.Select(i => record.Values.FirstOrDefault(v => v.IndicatorId == i.Id) is { } v
                ? new EnteredValue(i.Name, v.Value, v.NotAvailableReason)
                : new EnteredValue(i.Name, null, null))],
            record.DoText,
            record.SelfRating,
            record.SelfRatingReason,
            record.ActionText)
        {
            Projects = [.. record.Projects.Select(p => ProjectForms.Entry(p, p.Project?.Name ?? p.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        };
    }

    private IndicatorLine Line(Indicator indicator, ActualValue? stored, int fiscalYear) => new(
        indicator.Id,
        indicator.Code,
        indicator.Name,
        indicator.Unit,
        indicator.Decimals,
        indicator.BaselineText,
        EntryFormat.TargetText(indicator),
        stored?.Value,
        stored?.NotAvailableReason,
        stored?.MeasurementNote,
        calculator.Judge(IndicatorGoal.TryFor(indicator), fiscalYear, stored?.Value))
    {
        Preliminary = stored?.IsPreliminary == true,
    };
}
