using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Forms;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Reads the texts of a plan edit form, collecting a message per field instead of stopping at the first.</summary>
public sealed class PlanTextInput
{
    public const int ReasonMaxLength = PdcaWorkflow.MaxShortTextLength;

    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public string? Text(string key, string? input, string label, int maxLength, bool required = false)
    {
        var check = TextInput.Check(input, label, maxLength, required);
        if (!check.Succeeded)
        {
            errors.Add(new FieldError(key, check.Error!));
        }

        return check.Text;
    }

    /// <summary>The public reason every change needs.</summary>
    public string Reason(string? input) => Text(nameof(AsoPlan.Web.Features.PlanEditing.PlanEditForm.Reason), input, "変更の理由", ReasonMaxLength, required: true) ?? "";

    /// <summary>One item per line, blank lines dropped.</summary>
    public string Lines(string key, string? input, string label, int maxLength) =>
        string.Join('\n', (Text(key, input, label, maxLength) ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>Paragraphs separated by one blank line, however many were typed.</summary>
    public string Paragraphs(string key, string? input, string label, int maxLength, bool required) =>
        string.Join("\n\n", (Text(key, input, label, maxLength, required) ?? "")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public void Add(string key, string message) => errors.Add(new FieldError(key, message));
}
