using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;

namespace AsoPlan.Browser.Tests.Checkers;

internal static class NpmPackages
{
    public static string MissingMessage(string file) =>
        $"{file} is missing. Install the pinned checkers with `npm ci --ignore-scripts` in tests/AsoPlan.Browser.Tests " +
        "(or run .ci/run).";

    /// <summary>The installed version of a checker package, as its package.json says.</summary>
    public static string Version(string package)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SuitePaths.NodeModules, package, "package.json")));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }
}
