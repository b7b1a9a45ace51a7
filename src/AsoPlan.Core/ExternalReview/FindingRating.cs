namespace AsoPlan.Core.ExternalReview;

/// <summary>An external reviewer's (or the committee's) judgement of a measure's yearly evaluation.</summary>
public enum FindingRating
{
    /// <summary>妥当: the section's evaluation stands.</summary>
    Appropriate = 1,

    /// <summary>一部見直しが必要: part of the evaluation or the direction should be reconsidered.</summary>
    PartlyNeedsReview = 2,

    /// <summary>見直しが必要: the evaluation or the direction should be reconsidered.</summary>
    NeedsReview = 3,
}
