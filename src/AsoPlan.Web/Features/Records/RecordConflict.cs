namespace AsoPlan.Web.Features.Records;

/// <summary>
/// Someone saved the record after this form was loaded. <see cref="Rows"/> sets what is stored now
/// beside what was posted; the form keeps the posted input and carries the stored version, so
/// saving again applies it on purpose.
/// </summary>
public sealed record RecordConflict(string? ChangedBy, DateTime? ChangedAt, string StoredState, IReadOnlyList<ConflictRow> Rows);

public sealed record ConflictRow(string Label, string? Stored, string? Posted)
{
    public bool Differs => !string.Equals(Stored ?? string.Empty, Posted ?? string.Empty, StringComparison.Ordinal);
}
