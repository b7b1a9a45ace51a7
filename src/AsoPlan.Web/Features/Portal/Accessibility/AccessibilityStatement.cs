using System.Text.Json;

namespace AsoPlan.Web.Features.Portal.Accessibility;

/// <summary>Reads the recorded test results for the accessibility policy page (ウェブアクセシビリティ方針).</summary>
public sealed class AccessibilityStatement(IWebHostEnvironment environment)
{
    /// <summary>The recorded results, or null when the file is missing or unreadable (the page then says so).</summary>
    public async Task<AccessibilityResults?> LatestAsync(CancellationToken cancellationToken)
    {
        var file = environment.ContentRootFileProvider.GetFileInfo(AccessibilityResults.FileName);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(file.PhysicalPath);
            return await JsonSerializer.DeserializeAsync<AccessibilityResults>(stream, AccessibilityResults.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
