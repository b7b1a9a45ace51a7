namespace AsoPlan.Web.Features.Portal;

/// <summary>Checks the search box: words separated by spaces (half- or full-width), each must appear.</summary>
public static class SearchInput
{
    public const int MaxLength = 50;

    public const int MaxWords = 5;

    /// <summary>The words to search for, or a Japanese message saying what to fix.</summary>
    public static (IReadOnlyList<string> Words, string? Message) Parse(string? query)
    {
        var trimmed = query?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return ([], "検索語を入力してください。");
        }

        if (trimmed.Length > MaxLength)
        {
            return ([], $"検索語は{MaxLength}文字以内で入力してください（入力された文字数: {trimmed.Length}文字）。");
        }

        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (words.Count > MaxWords)
        {
            return ([], $"検索語は{MaxWords}語以内で入力してください。");
        }

        if (words.Any(w => w.Any(char.IsControl)))
        {
            return ([], "検索語に使えない文字が含まれています。");
        }

        return (words, null);
    }
}
