namespace AsoPlan.Core.Search;

/// <summary>
/// 「もしかして」: when a word finds nothing, the plan's own terms closest to it by edit distance. Terms are runs of
/// one script in the plan's text (kanji, hiragana, katakana, Latin letters and digits, after NFKC) and their pieces
/// of about the word's length, so 観工 meets 観光 inside 観光振興. Distances are taken between folded forms
/// (<see cref="SearchFolding"/>); a term is suggested as the plan writes it. Closer terms first, then the ones the
/// plan uses more often.
/// </summary>
public static class TermSuggestions
{
    public const int MaxSuggestions = 3;

    /// <summary>The closest terms to <paramref name="word"/> in <paramref name="texts"/> within its allowed distance, best first.</summary>
    public static IReadOnlyList<string> For(string word, IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(texts);
        var foldedWord = SearchFolding.Fold(word);
        var length = foldedWord.Length;
        if (length is 0 or > 20)
        {
            return [];
        }

        var allowed = Math.Max(1, length / 3);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var run in Runs(text?.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant() ?? string.Empty))
            {
                // Stryker disable once Linq,Logical : equivalent — a term shorter than length − allowed or longer than length + allowed is more than allowed edits away, and the filter below drops it
                for (var size = Math.Max(1, length - allowed); size <= length + allowed && size <= run.Length; size++)
                {
                    for (var start = 0; start + size <= run.Length; start++)
                    {
                        var term = run.Substring(start, size);
                        counts[term] = counts.GetValueOrDefault(term) + 1;
                    }
                }
            }
        }

        return [.. counts
            .Select(t => (Term: t.Key, Count: t.Value, Folded: SearchFolding.Fold(t.Key)))
            .Where(t => t.Folded != foldedWord && t.Term.Length >= 2)
            .Select(t => (t.Term, t.Count, Distance: EditDistance.Levenshtein(foldedWord, t.Folded)))
            .Where(t => t.Distance <= allowed)
            .OrderBy(t => t.Distance)
            .ThenByDescending(t => t.Count)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(t => t.Term)];
    }

    /// <summary>Maximal runs of characters of one script.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var start = 0;
        var script = Script.Other;
        for (var i = 0; i <= text.Length; i++)
        {
            var current = i < text.Length ? ScriptOf(text[i]) : Script.Other;
            if (current == script && current != Script.Other)
            {
                continue;
            }

            // Stryker disable once Arithmetic : equivalent — `i + start >= 2` only adds one-character runs, and terms shorter than two characters are never suggested
            if (script != Script.Other && i - start >= 2)
            {
                yield return text[start..i];
            }

            start = i;
            script = current;
        }
    }

    private enum Script
    {
        Other,
        Kanji,
        Hiragana,
        Katakana,
        Latin,
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' or '々' => Script.Kanji,
        >= '\u3041' and <= '\u309F' => Script.Hiragana,
        >= '\u30A1' and <= '\u30FA' or 'ー' => Script.Katakana,
        >= 'a' and <= 'z' or >= '0' and <= '9' => Script.Latin,
        _ => Script.Other,
    };
}
