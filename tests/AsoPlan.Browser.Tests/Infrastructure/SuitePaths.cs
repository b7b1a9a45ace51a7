using System.Reflection;

namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>Where the suite finds the repository, the app, the checkers, and where it writes what people read.</summary>
public static class SuitePaths
{
    private static readonly Assembly Self = typeof(SuitePaths).Assembly;

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string TestProject { get; } = Path.Combine(RepositoryRoot, "tests", "AsoPlan.Browser.Tests");

    public static string NodeModules { get; } = Path.Combine(TestProject, "node_modules");

    public static string AxeScript { get; } = Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar { get; } = Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static string WebProject { get; } = Path.Combine(RepositoryRoot, "src", "AsoPlan.Web");

    /// <summary>The app as its own build put it (the ProjectReference builds it with the same configuration).</summary>
    public static string WebAppDll { get; } =
        Path.Combine(WebProject, "bin", Metadata("Configuration"), Metadata("TargetFramework"), "AsoPlan.Web.dll");

    public static string SeedPlan { get; } = Path.Combine(RepositoryRoot, "seeds", "plan.json");

    /// <summary>Full-page screenshots for a person to look at.</summary>
    public static string Screenshots { get; } = OutputFolder("screenshots");

    /// <summary>Machine-readable checker output (axe and vnu JSON), one file per run of a checker.</summary>
    public static string Reports { get; } = OutputFolder("reports");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Scripts", name);

    private static string OutputFolder(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string Metadata(string key) =>
        Self.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
