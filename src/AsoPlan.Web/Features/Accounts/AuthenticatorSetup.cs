using System.Globalization;
using System.Text;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>What a person needs to add the account to an authenticator app: the shared key and the otpauth URI.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    public const string Issuer = "AsoPlan 阿蘇市総合計画";

    /// <summary>The key in groups of four, easier to type from the screen.</summary>
    public string FormattedKey
    {
        get
        {
            var text = new StringBuilder();
            for (var i = 0; i < Key.Length; i += 4)
            {
                text.Append(Key.AsSpan(i, Math.Min(4, Key.Length - i))).Append(' ');
            }

            return text.ToString().TrimEnd().ToLowerInvariant();
        }
    }

    public static AuthenticatorSetup For(string email, string key) =>
        new(key, string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6"));
}
