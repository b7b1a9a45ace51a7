using System.Text.Json.Nodes;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Testing;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>
/// An app of its own (the suite's server keeps one period) holding two plan periods: the seeded 後期基本計画 and a
/// 次期基本計画 (R7–R10) loaded with <c>import-plan</c>, made from the <c>export-plan</c> file with a new period code,
/// name and years (measure numbers and indicator codes restart in each period, so they stay).
/// </summary>
public sealed class TwoPeriodServer : IAsyncLifetime
{
    public const string OldCode = NextPlanFile.OldCode;

    private AppServer? server;

    public AppServer Server => server ?? throw new InvalidOperationException("not started");

    /// <summary>Pages that show the switcher: the current period, an older one by ?period=, an older measure, search in the older period.</summary>
    public static IReadOnlyList<PublicPage> Pages { get; } =
    [
        new("two-periods-home", "/"),
        new("two-periods-old-policies", "/policies?period=" + OldCode),
        new("two-periods-old-measure", "/measures/4?period=" + OldCode),
        new("two-periods-old-search", "/search?q=" + Uri.EscapeDataString("観光") + "&period=" + OldCode),
    ];

    public async Task InitializeAsync()
    {
        if (OptOut.IsSet)
        {
            return;
        }

        server = await AppServer.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"asoplan-next-plan-{Guid.NewGuid():N}.json");
        try
        {
            await RunAsync("export-plan", file);
            var plan = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            await File.WriteAllTextAsync(file, NextPlanFile.From(plan).ToJsonString());
            await RunAsync("import-plan", file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private async Task RunAsync(string command, string file)
    {
        var (exitCode, output) = await Server.RunCommandAsync(command, file);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({exitCode}): {output}");
        }
    }
}
