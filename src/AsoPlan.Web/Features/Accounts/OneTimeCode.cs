using System.Text;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>What a person types as a code: full-width digits, spaces and hyphens are forgiven.</summary>
public static class OneTimeCode
{
    /// <summary>The input with full-width characters made half-width and surrounding spaces removed.</summary>
    public static string Normalize(string? input) => (input ?? "").Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>A 6-digit authenticator code, spaces and hyphens removed; null when the input is not one.</summary>
    public static string? AsAuthenticatorCode(string? input)
    {
        var digits = Normalize(input).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
