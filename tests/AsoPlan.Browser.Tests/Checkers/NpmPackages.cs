namespace AsoPlan.Browser.Tests.Checkers;

internal static class NpmPackages
{
    public static string MissingMessage(string file) =>
        $"{file} is missing. Install the pinned checkers with `npm ci --ignore-scripts` in tests/AsoPlan.Browser.Tests " +
        "(or run .ci/run).";
}
