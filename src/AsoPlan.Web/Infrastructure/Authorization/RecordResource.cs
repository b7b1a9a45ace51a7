using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>
/// A measure's record for one fiscal year as authorization sees it: whose it is, where it stands,
/// whether its year is open for entry, and who wrote the content now under review (<see cref="Editors"/>, for the
/// separation of duties). A record not yet created has no <see cref="State"/> (未入力).
/// </summary>
public sealed record RecordResource(
    int MeasureId,
    int MeasureNumber,
    int OwnerSectionId,
    int FiscalYear,
    RecordState? State,
    bool WindowOpen)
{
    /// <summary>Reopened for correction after approval (<c>PdcaRecord.CorrectionReason</c>): editable whatever the window.</summary>
    public bool Correcting { get; init; }

    /// <summary>The section has asked for a correction that the planning office has not answered yet.</summary>
    public bool CorrectionRequested { get; init; }

    /// <summary>User names of everyone who saved, submitted or asked to correct the record since its last approval.</summary>
    public IReadOnlySet<string> Editors { get; init; } = new HashSet<string>();
}
