namespace AsoPlan.Web.Shared.Forms;

/// <summary>A message for a form field, keyed by the field's path in the posted form (e.g. <c>Values[0].Value</c>).</summary>
public sealed record FieldError(string Key, string Message);
