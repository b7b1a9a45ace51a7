using AsoPlan.Core.Plan;

namespace AsoPlan.Core.ExternalReview;

/// <summary>
/// The committee's finding on a measure's evaluation of a fiscal year (審議会の意見) and the city's response (市の対応方針),
/// compiled by the planning office from the reviewers' findings. Public only once <see cref="State"/> is 公表.
/// </summary>
public class CommitteeFinding
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    public CommitteeFindingState State { get; set; } = CommitteeFindingState.Draft;

    public FindingRating? Rating { get; set; }

    public string? CommitteeOpinion { get; set; }

    public string? CityResponse { get; set; }

    /// <summary>UTC; set on publication.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>
    /// The dated public notes of corrections after publication, one a line, oldest first (<see cref="CommitteeFindingWorkflow.CorrectionNote"/>):
    /// the page says the published words were revised, when, which part and why. Null until the first correction.
    /// </summary>
    public string? CorrectionNotes { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public string? ChangedBy { get; set; }

    public CommitteeFindingContent Content => new(Rating, CommitteeOpinion, CityResponse);
}
