using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Authorization;

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
    /// <summary>User names of everyone who saved, submitted or asked to correct the record since its last approval.</summary>
    public IReadOnlySet<string> Editors { get; init; } = new HashSet<string>();
}
