using System.Text.Json.Nodes;
using AsoPlan.Data.Seeding;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.PlanAdministration;

/// <summary><c>import-plan</c> and <c>export-plan</c> run as the real entry point on a fresh, empty database.</summary>
public sealed class ImportPlanCommandTests : IAsyncLifetime
{
    private PortalFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Import_into_an_empty_database_then_export_gives_back_the_same_plan_and_a_broken_file_is_refused()
    {
        Directory.CreateDirectory(Factory.Directory);
        var seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName);
        var exported = Path.Combine(Factory.Directory, "exported.json");

        var empty = await RunAsync("export-plan", exported);
        Assert.True(empty.ExitCode == 1, empty.ToString());
        Assert.Contains("計画がまだ読み込まれていません。", empty.Error, StringComparison.Ordinal);

        var import = await RunAsync("import-plan", seedPath);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("後期基本計画（aso-2-late）を新しい基本計画として読み込みました", import.Output, StringComparison.Ordinal);

        var export = await RunAsync("export-plan", exported);
        Assert.True(export.ExitCode == 0, export.ToString());
        var json = await File.ReadAllTextAsync(exported);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(seedPath)), JsonNode.Parse(json)), "export differs from the imported file");

        var broken = JsonNode.Parse(json)!;
        broken["period"]!["policies"]![0]!["number"] = 7;
        broken["departments"]![0]!["code"] = broken["departments"]![1]!["code"]!.GetValue<string>();
        var brokenPath = Path.Combine(Factory.Directory, "broken.json");
        await File.WriteAllTextAsync(brokenPath, broken.ToJsonString());
        var refused = await RunAsync("import-plan", brokenPath);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("何も変更していません", refused.Error, StringComparison.Ordinal);
        Assert.Contains("- 政策の番号が順番になっていません: 1 のところに 7 があります。", refused.Error, StringComparison.Ordinal);
        Assert.Contains("部のコード", refused.Error, StringComparison.Ordinal);

        var again = Path.Combine(Factory.Directory, "again.json");
        Assert.Equal(0, (await RunAsync("export-plan", again)).ExitCode);
        Assert.Equal(json, await File.ReadAllTextAsync(again));
    }

    private Task<CommandRun> RunAsync(params string[] args) => CommandProcess.RunAsync(Factory, null, args);
}
