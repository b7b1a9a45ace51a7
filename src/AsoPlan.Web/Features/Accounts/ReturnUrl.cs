using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Where a person goes after signing in: only an address of this site, written so it can stand in a
/// Location header. A header carries ASCII only, so <c>/　/x</c> (an ideographic space) is sent as
/// <c>/%E3%80%80/x</c>, which the browser shows as the same address; a control character, or anything
/// that is not local, sends the person to <paramref name="fallback"/> instead of failing the request.
/// </summary>
public static class ReturnUrl
{
    public static string Safe(IUrlHelper url, string? returnUrl, string fallback)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Any(char.IsControl) || !url.IsLocalUrl(returnUrl))
        {
            return fallback;
        }

        var encoded = Encode(returnUrl);
        return url.IsLocalUrl(encoded) ? encoded : fallback;
    }

    /// <summary>Every character outside printable ASCII as its UTF-8 bytes, percent-encoded; existing escapes are kept.</summary>
    private static string Encode(string address)
    {
        var text = new StringBuilder(address.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in address.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                text.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
