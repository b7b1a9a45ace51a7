using System.Globalization;

namespace AsoPlan.Core.Workflow;

/// <summary>
/// Checks prose typed into a record (取組実績, 理由, コメント). Line breaks are normalised to LF before
/// counting, so a browser's CRLF does not halve the allowed length; control characters other than
/// line breaks and tabs are refused because they are never typed on purpose.
/// </summary>
public static class TextInput
{
    public static TextCheck Check(string? input, string label, int maxLength, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = input?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? TextCheck.Fail($"{label}を入力してください。") : TextCheck.Ok(null);
        }

        if (text.Length > maxLength)
        {
            return TextCheck.Fail($"{label}は{Count(maxLength)}文字以内で入力してください（現在{Count(text.Length)}文字）。");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return TextCheck.Fail($"{label}に使用できない制御文字が含まれています。");
        }

        return TextCheck.Ok(text.Trim());
    }

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

public sealed record TextCheck(string? Text, string? Error)
{
    public bool Succeeded => Error is null;

    public static TextCheck Ok(string? text) => new(text, null);

    public static TextCheck Fail(string error) => new(null, error);
}
