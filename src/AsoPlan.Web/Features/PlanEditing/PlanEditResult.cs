using AsoPlan.Web.Shared.Forms;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>What a plan edit did: not found, refused with a message per field (nothing stored), or applied.</summary>
public sealed record PlanEditResult(bool Found, IReadOnlyList<FieldError> Errors)
{
    public static PlanEditResult NotFound { get; } = new(false, []);

    public static PlanEditResult Applied { get; } = new(true, []);

    public bool Succeeded => Found && Errors.Count == 0;

    public static PlanEditResult Invalid(IEnumerable<FieldError> errors) => new(true, [.. errors]);

    public static PlanEditResult Invalid(string key, string message) => new(true, [new FieldError(key, message)]);
}
