namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Reads what the app's rolling file sink wrote, while the app still has the files open.</summary>
public static class LogFiles
{
    /// <summary>
    /// All log text once it contains <paramref name="expected"/>, or whatever is there after about ten seconds:
    /// the file sink is asynchronous and flushes its buffer once a second (docs/operations.md, Logs), and a busy
    /// machine may need a moment more. The caller asserts on the text.
    /// </summary>
    public static async Task<string> ReadUntilAsync(string directory, string expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = string.Empty;
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory))
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    using var reader = new StreamReader(stream);
                    text += await reader.ReadToEndAsync();
                }
            }

            if (text.Contains(expected, StringComparison.Ordinal) || attempt >= 100)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }
}
