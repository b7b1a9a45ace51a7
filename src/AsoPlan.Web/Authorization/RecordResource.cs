using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Authorization;

/// <summary>
/// A measure's record for one fiscal year as authorization sees it: whose it is, where it stands,
/// and whether its year is open for entry. A record not yet created has no <see cref="State"/> (未入力).
/// </summary>
public sealed record RecordResource(
    int MeasureId,
    int MeasureNumber,
    int OwnerSectionId,
    int FiscalYear,
    RecordState? State,
    bool WindowOpen);
