namespace AsoPlan.Web.Features.Review;

/// <summary>A resubmitted record against the version that was sent back: when, by whom, and each field then and now.</summary>
public sealed record ResubmissionChanges(DateTime SentBackAt, string SentBackBy, bool Reopened, IReadOnlyList<FieldChange> Fields)
{
    public int ChangedCount => Fields.Count(f => f.Changed);
}

/// <summary>One field of the record at the return and now; <see cref="Changed"/> when they differ.</summary>
public sealed record FieldChange(string Label, string? AtReturn, string? Now)
{
    public bool Changed => !string.Equals(AtReturn ?? string.Empty, Now ?? string.Empty, StringComparison.Ordinal);
}
