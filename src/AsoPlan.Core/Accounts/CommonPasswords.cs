namespace AsoPlan.Core.Accounts;

/// <summary>
/// Passwords an attacker tries first (NIST SP 800-63B 5.1.1.2, ASVS 2.1.7): the 30,000 most common
/// passwords of a public breach corpus shipped with the app, the same words with only digits or symbols
/// around them (<c>sunshine2024!</c>), one short unit repeated (<c>abcabcabcabc</c>) and runs of
/// consecutive characters (<c>123456789012</c>). Compared without regard to case.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "AsoPlan.Core.Accounts.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    /// <summary>How many entries the shipped list holds.</summary>
    public static int Count => List.Value.Count;

    public static bool IsCommon(string? password)
    {
        if (string.IsNullOrWhiteSpace(password))
        {
            return false;
        }

        var normalized = password.Trim().ToLowerInvariant();
        var core = normalized.Trim(NonLetters(normalized));
        return List.Value.Contains(normalized)
            || (core.Length > 0 && List.Value.Contains(core))
            || IsRepeatedUnit(normalized)
            || IsRun(normalized);
    }

    /// <summary>The digits, symbols and spaces of <paramref name="text"/>: what is stripped from both ends to find the word inside.</summary>
    private static char[] NonLetters(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    /// <summary><c>aaaaaaaaaaaa</c>, <c>abcabcabcabc</c>, <c>121212121212</c>: one unit of up to four characters, repeated.</summary>
    private static bool IsRepeatedUnit(string text)
    {
        for (var unit = 1; unit <= 4 && unit < text.Length; unit++)
        {
            if (text.Length % unit == 0 && Enumerable.Range(unit, text.Length - unit).All(i => text[i] == text[i - unit]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>abcdefghijkl</c>, <c>123456789012</c>, <c>987654321098</c>: each character one step from the last (digits wrap 9 → 0).</summary>
    private static bool IsRun(string text)
    {
        static int Step(char from, char to) => char.IsAsciiDigit(from) && char.IsAsciiDigit(to) ? (to - from + 10) % 10 : to - from;

        if (text.Length < 3)
        {
            return false;
        }

        var first = Step(text[0], text[1]);
        return first is 1 or -1 or 9
            && Enumerable.Range(2, text.Length - 2).All(i => Step(text[i - 1], text[i]) == first);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(CommonPasswords).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } entry)
            {
                set.Add(entry.ToLowerInvariant());
            }
        }

        return set;
    }
}
