using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsoPlan.Browser.Tests.Infrastructure;

namespace AsoPlan.Browser.Tests.Checkers;

public sealed record HtmlDocument(string Name, string Html);

public sealed record VnuMessage(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("subType")] string? SubType,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("lastLine")] int? LastLine,
    [property: JsonPropertyName("extract")] string? Extract)
{
    /// <summary>Errors and fatal (non-document) errors count; info and warnings do not.</summary>
    public bool IsError => Type is "error" or "non-document-error";
}

/// <summary>
/// The Nu HTML Checker (vnu.jar from npm) on the machine's Java. All documents go in one run: the JVM start
/// is the slow part. The documents stay in reports/vnu-{report}/ so the line numbers can be looked up.
/// </summary>
public static class NuHtmlChecker
{
    private sealed record VnuOutput([property: JsonPropertyName("messages")] List<VnuMessage> Messages);

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<VnuMessage>>> ValidateAsync(
        IReadOnlyList<HtmlDocument> documents, string reportName)
    {
        if (!File.Exists(SuitePaths.VnuJar))
        {
            throw new InvalidOperationException(NpmPackages.MissingMessage(SuitePaths.VnuJar));
        }

        var folder = Path.Combine(SuitePaths.Reports, $"vnu-{reportName}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var files = new Dictionary<string, string>();
        foreach (var document in documents)
        {
            var file = Path.Combine(folder, document.Name + ".html");
            await File.WriteAllTextAsync(file, document.Html, new UTF8Encoding(false));
            files[Path.GetFullPath(file)] = document.Name;
        }

        var output = await RunVnuAsync(files.Keys);
        await File.WriteAllTextAsync(Path.Combine(SuitePaths.Reports, $"vnu-{reportName}.json"), output);
        var messages = JsonSerializer.Deserialize<VnuOutput>(output)?.Messages
            ?? throw new InvalidOperationException($"vnu printed no messages list:\n{output}");

        return documents.ToDictionary(
            d => d.Name,
            d => (IReadOnlyList<VnuMessage>)messages.Where(m => NameOf(m, files) == d.Name).ToList());
    }

    public static string Describe(IReadOnlyDictionary<string, IReadOnlyList<VnuMessage>> byDocument)
    {
        var text = new StringBuilder();
        foreach (var (name, messages) in byDocument)
        {
            var errors = messages.Where(m => m.IsError).ToList();
            if (errors.Count == 0)
            {
                continue;
            }

            text.AppendLine($"{errors.Count} HTML error(s) in {name} (served HTML saved as reports/…/{name}.html):");
            foreach (var e in errors.Take(15))
            {
                text.AppendLine($"- line {e.LastLine}: {e.Message}   «{e.Extract?.ReplaceLineEndings(" ")}»");
            }
        }

        return text.ToString();
    }

    private static string? NameOf(VnuMessage message, Dictionary<string, string> files)
    {
        if (message.Url is null || !message.Url.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        // vnu writes "file:/abs/path" (one slash), which System.Uri does not parse.
        var path = Path.GetFullPath(Uri.UnescapeDataString(message.Url["file:".Length..].TrimStart('/')).Insert(0, "/"));
        return files.GetValueOrDefault(path);
    }

    private static async Task<string> RunVnuAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-langdetect: language guessing only ever yields warnings and doubles the run time; axe checks lang.
        string[] options = ["-Xss1m", "-jar", SuitePaths.VnuJar, "--no-langdetect", "--format", "json", "--stdout"];
        foreach (var argument in options.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "Java is needed for the Nu HTML Checker: `sudo apt-get install -y default-jre-headless` (or run .ci/run).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var output = await stdout;

            // vnu exits 1 when it found errors; anything else without JSON means it could not run.
            if (!output.TrimStart().StartsWith('{'))
            {
                throw new InvalidOperationException($"vnu exited {process.ExitCode} without a report:\n{await stderr}");
            }

            return output;
        }
    }
}
