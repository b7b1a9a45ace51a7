using AsoPlan.Web.Shared.Forms;

namespace AsoPlan.Web.Features.Records;

public enum RecordOutcome
{
    Saved = 1,

    /// <summary>Something typed is not acceptable, or the record is not complete enough to submit; nothing was stored.</summary>
    Invalid = 2,

    /// <summary>Someone else changed the record after the form was loaded; nothing was stored.</summary>
    Conflict = 3,
}

/// <summary>What a record command did. Anything but <see cref="RecordOutcome.Saved"/> stored nothing.</summary>
public sealed record RecordCommandResult(
    RecordOutcome Outcome,
    RecordForm? Form,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyList<string> Problems,
    RecordConflict? Conflict)
{
    public static RecordCommandResult Saved { get; } = new(RecordOutcome.Saved, null, [], [], null);

    public bool Succeeded => Outcome == RecordOutcome.Saved;

    public static RecordCommandResult Invalid(RecordForm? form, IReadOnlyList<FieldError> errors, IReadOnlyList<string> problems) =>
        new(RecordOutcome.Invalid, form, errors, problems, null);

    public static RecordCommandResult Conflicted(RecordForm? form, RecordConflict conflict) =>
        new(RecordOutcome.Conflict, form, [], [], conflict);
}
