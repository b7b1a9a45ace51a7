using System.Globalization;
using System.Text;

namespace AsoPlan.Core.Search;

/// <summary>
/// How search compares text: full- and half-width forms are one (NFKC: ｺﾞﾐ → ゴミ, ＡＢＣ → ABC), katakana is read as
/// hiragana (ゴミ → ごみ) and Latin letters as lower case. The stored search columns hold text folded this way and a
/// query is folded the same way before it is matched, so ごみ, ゴミ and ｺﾞﾐ find the same items.
/// </summary>
public static class SearchFolding
{
    /// <summary>Separates the fields of one item in its search column, so a word never matches across two fields.</summary>
    public const char FieldSeparator = '\n';

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    /// <summary>The fields of an item folded and joined into its search column.</summary>
    public static string Column(params string?[] fields) =>
        string.Join(FieldSeparator, fields.Where(f => !string.IsNullOrEmpty(f)).Select(f => Fold(f!.Replace(FieldSeparator, ' '))));

    /// <summary>
    /// Where <paramref name="foldedWord"/> stands in <paramref name="original"/>, as a range of the original text
    /// (for an excerpt around the match); null when the original does not contain it once folded.
    /// </summary>
    public static (int Start, int Length)? Find(string original, string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(foldedWord);
        // Fold text element by text element (ｺﾞ is one element), remembering where each folded piece came from.
        var folded = new StringBuilder();
        var origins = new List<int>();
        var elements = StringInfo.GetTextElementEnumerator(original);
        while (elements.MoveNext())
        {
            var piece = Fold(elements.GetTextElement());
            folded.Append(piece);
            origins.AddRange(Enumerable.Repeat(elements.ElementIndex, piece.Length));
        }

        var at = folded.ToString().IndexOf(foldedWord, StringComparison.Ordinal);
        if (at < 0 || foldedWord.Length == 0)
        {
            return null;
        }

        var start = origins[at];
        var endFolded = at + foldedWord.Length;
        var end = endFolded < origins.Count ? origins[endFolded] : original.Length;
        return (start, Math.Max(end - start, 1));
    }

    private static char FoldChar(char c) => c switch
    {
        // Katakana ァ (U+30A1) … ヶ (U+30F6) to hiragana ぁ … ゖ; ヽヾ to ゝゞ.
        >= '\u30A1' and <= '\u30F6' => (char)(c - 0x60),
        '\u30FD' or '\u30FE' => (char)(c - 0x60),
        _ => char.ToLowerInvariant(c), // A–Z to a–z among the rest
    };
}
