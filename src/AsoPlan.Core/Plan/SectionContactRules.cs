using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace AsoPlan.Core.Plan;

/// <summary>
/// Checks a section's 問い合わせ先 as an administrator types it: each field optional (empty means not set), full-width
/// digits accepted, anything else refused with a Japanese message saying what to fix.
/// </summary>
public static partial class SectionContactRules
{
    public const int MaxPhone = 40;
    public const int MaxEmail = 254;
    public const int MaxOffice = 200;

    /// <summary>The cleaned value (null when empty) or the message for the field.</summary>
    public static (string? Value, string? Message) Phone(string? input)
    {
        var text = Clean(input);
        if (text is null)
        {
            return (null, null);
        }

        if (text.Length > MaxPhone || !PhonePattern().IsMatch(text) || text.Count(char.IsAsciiDigit) < 6)
        {
            return (null, "電話番号は数字とハイフンで入力してください（例: 0967-22-3111、内線は「0967-22-3111（内線123）」）。");
        }

        return (text, null);
    }

    public static (string? Value, string? Message) Email(string? input)
    {
        var text = Clean(input);
        if (text is null)
        {
            return (null, null);
        }

        if (text.Length > MaxEmail || !MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
        {
            return (null, "メールアドレスの形式で入力してください（例: kikaku@city.aso.lg.jp）。");
        }

        return (text, null);
    }

    public static (string? Value, string? Message) Office(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        if (text.Length > MaxOffice || text.Any(char.IsControl))
        {
            return (null, $"場所は{MaxOffice}文字以内で、改行を含めずに入力してください。");
        }

        return (text, null);
    }

    /// <summary>Full-width digits, hyphens and parentheses become half-width (NFKC); surrounding spaces go.</summary>
    private static string? Clean(string? input)
    {
        var text = input?.Normalize(NormalizationForm.FormKC).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    [GeneratedRegex(@"^[0-9][0-9\- ]*[0-9](\s?\(内線\s?[0-9]+\))?$")]
    private static partial Regex PhonePattern();
}
