using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AsoPlan.Core.Search;

namespace AsoPlan.Core.Voice;

/// <summary>An opinion already received, as duplicate detection needs it.</summary>
public sealed record EarlierOpinion(long Id, int MeasureId, string Fingerprint, DateTime ReceivedAtUtc, OpinionState State);

/// <summary>
/// The same text on the same measure within <see cref="Window"/> is a duplicate. It is still stored, marked as a
/// duplicate of the earliest one, so the planning office handles them together (publish one, the rest 非公表: 重複):
/// identical letters sent by different people (同文意見) are each a citizen's opinion and are not thrown away. A flood
/// from one address is the rate limiter's job; a form posted twice is caught by its one-use form token (web side).
/// </summary>
public static class OpinionDuplicates
{
    /// <summary>Long enough to cover one round of handling in the planning office; a repeat after that is a new occasion.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>
    /// The text as duplicates are compared: full- and half-width alike, katakana as hiragana, Latin in lower case
    /// (<see cref="SearchFolding"/>), and without spaces, line breaks, punctuation, symbols and invisible characters, so a
    /// copy with a changed 「。」 or an added emoji is still the same text.
    /// </summary>
    public static string Normalize(string? text)
    {
        var folded = SearchFolding.Fold(text);
        var kept = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Counts(Rune.GetUnicodeCategory(rune)))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }

    /// <summary>SHA-256 of the normalised text, in hex: a fixed-size column to index and compare instead of the text.</summary>
    public static string Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));
    }

    /// <summary>The earliest time an earlier opinion can have been received and still be a duplicate of one received at <paramref name="receivedAtUtc"/>.</summary>
    public static DateTime Since(DateTime receivedAtUtc) => receivedAtUtc - Window;

    /// <summary>
    /// The earliest opinion on the same measure with the same fingerprint received within the window before this one,
    /// or null. A deleted opinion does not count: it has been erased, and the sender may have asked for that to send anew.
    /// </summary>
    public static long? DuplicateOf(int measureId, string fingerprint, DateTime receivedAtUtc, IEnumerable<EarlierOpinion> earlier)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(earlier);
        var since = Since(receivedAtUtc);
        return earlier
            .Where(o => o.MeasureId == measureId && o.State != OpinionState.Deleted
                && string.Equals(o.Fingerprint, fingerprint, StringComparison.Ordinal)
                && o.ReceivedAtUtc >= since && o.ReceivedAtUtc <= receivedAtUtc)
            .OrderBy(o => o.ReceivedAtUtc)
            .ThenBy(o => o.Id)
            .Select(o => (long?)o.Id)
            .FirstOrDefault();
    }

    private static bool Counts(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        UnicodeCategory.Control or UnicodeCategory.Format => false,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => false,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => false,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
        _ => true,
    };
}
