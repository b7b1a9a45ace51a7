using AsoPlan.Data;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>
/// <c>import-plan PATH</c>: loads a whole plan file in the seed format (checked first, then applied in one
/// transaction or not at all). <c>export-plan PATH</c>: writes the current plan in the same format.
/// </summary>
public static class ImportPlanCommand
{
    public const string ImportName = "import-plan";

    public const string ExportName = "export-plan";

    /// <summary>Recorded as the actor of the audit row: no person is signed in.</summary>
    public const string Actor = "system:import-plan";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            console.Error.WriteLine($"使い方: dotnet run --project src/AsoPlan.Web -- {args[0]} ファイル.json");
            return CommandLine.UsageError;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        await db.Database.MigrateAsync();
        return args[0] == ExportName
            ? await ExportAsync(scope.ServiceProvider, args[1], console)
            : await ImportAsync(scope.ServiceProvider, args[1], console);
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string path, CommandConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"ファイル {path} が見つかりません。");
            return CommandLine.Failure;
        }

        var result = await services.GetRequiredService<PlanLoader>().LoadAsync(await File.ReadAllTextAsync(path), Actor);
        if (!result.Succeeded)
        {
            console.Error.WriteLine($"計画を読み込めませんでした。次の {result.Problems.Count} 件を直してから、もう一度実行してください（何も変更していません）。");
            foreach (var problem in result.Problems)
            {
                console.Error.WriteLine($"- {problem}");
            }

            return CommandLine.Failure;
        }

        var summary = result.Summary!;
        console.Out.WriteLine($"{result.Seed!.Period.Name}（{result.Seed.Period.Code}）を{(result.NewPeriod ? "新しい基本計画として" : "")}読み込みました: 追加 {summary.Added}件, 変更 {summary.Updated}件, 削除 {summary.Deleted}件。");
        return CommandLine.Success;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string path, CommandConsole console)
    {
        var seed = await services.GetRequiredService<PlanSeedExporter>().ExportAsync();
        if (seed is null)
        {
            console.Error.WriteLine("計画がまだ読み込まれていません。");
            return CommandLine.Failure;
        }

        await File.WriteAllTextAsync(path, PlanSeedJson.Serialize(seed));
        console.Out.WriteLine($"{seed.Period.Name}（{seed.Period.Code}）を {path} に書き出しました。");
        return CommandLine.Success;
    }
}
