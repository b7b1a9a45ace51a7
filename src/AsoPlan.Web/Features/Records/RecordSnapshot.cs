using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Records;

/// <summary>
/// The fields of a record that matter to people, as written to the audit trail's before/after and
/// compared on the conflict page. Indicators are named by code and the state by its enum name
/// (Draft, Submitted …), so a history stays readable after labels change.
/// </summary>
public sealed record RecordSnapshot(
    string State,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText,
    string? ReviewComment,
    IReadOnlyList<ValueSnapshot> Values)
{
    public string? CorrectionReason { get; init; }

    public string? CorrectionRequest { get; init; }

    /// <summary>The projects' years entered with the record (事務事業評価), by project code; empty in snapshots from before them.</summary>
    public IReadOnlyList<ProjectSnapshot> Projects { get; init; } = [];

    /// <summary>Only in the after-snapshot of a declined correction request: why the planning office declined it.</summary>
    public string? CorrectionDeclined { get; init; }

    public static RecordSnapshot Of(PdcaRecord record, IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(indicators);
        var values = indicators
            .Select(i => (Indicator: i, Stored: record.Values.FirstOrDefault(v => v.IndicatorId == i.Id)))
            .Where(x => x.Stored is not null)
            .Select(x => new ValueSnapshot(x.Indicator.Code, x.Stored!.Value, x.Stored.NotAvailableReason, x.Stored.MeasurementNote, x.Stored.IsPreliminary))
            .ToList();
        return new RecordSnapshot(record.State.ToString(), record.DoText, record.SelfRating, record.SelfRatingReason, record.ActionText, record.ReviewComment, values)
        {
            CorrectionReason = record.CorrectionReason,
            CorrectionRequest = record.CorrectionRequest,
            Projects = [.. record.Projects.OrderBy(p => p.Project?.Code, StringComparer.Ordinal).Select(ProjectSnapshot.Of)],
        };
    }
}

public sealed record ValueSnapshot(string Indicator, decimal? Value, string? NotAvailableReason, string? MeasurementNote, bool Preliminary = false);

/// <summary>A project's year as the audit trail keeps it: the code and name at the time, and the entry in words of Core.</summary>
public sealed record ProjectSnapshot(string? Project, string? Name, AsoPlan.Core.Budget.ProjectEntry Entry)
{
    public static ProjectSnapshot Of(AsoPlan.Core.Budget.ProjectRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var name = stored.Project?.Name ?? string.Empty;
        return new ProjectSnapshot(stored.Project?.Code, name, ProjectForms.Entry(stored, name));
    }
}
