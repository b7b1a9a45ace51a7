using AsoPlan.Web.Features.Records;

namespace AsoPlan.Web.Features.Review;

/// <summary>The planning office's view of a record; <see cref="CanReview"/> only while it is submitted and not the reader's own work.</summary>
public sealed record ReviewPage(RecordPage Record, bool CanReview, string? Comment)
{
    /// <summary>The reader entered or submitted the content under review, so may not approve or return it (職務の分離).</summary>
    public bool OwnWork { get; init; }

    /// <summary>For a resubmission: each field as it was sent back and as it is now, changed ones first.</summary>
    public ResubmissionChanges? Changes { get; init; }

    /// <summary>Where the reader may approve: the public notes the approval of a correction will add (shown before the button).</summary>
    public IReadOnlyList<string> PublicationNotes { get; init; } = [];
}
