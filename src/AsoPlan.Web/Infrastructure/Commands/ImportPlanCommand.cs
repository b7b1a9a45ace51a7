using AsoPlan.Data;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.PlanWorkbook;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>
/// <c>import-plan PATH</c>: loads a whole plan file in the seed format, or a plan workbook (<c>.xlsx</c>), checked first
/// and applied in one transaction or not at all. <c>export-plan PATH</c>: writes the current plan in the same format, or
/// as a filled plan workbook when PATH ends in <c>.xlsx</c>; <c>export-plan --empty PATH.xlsx</c> writes the empty template.
/// </summary>
public static class ImportPlanCommand
{
    public const string ImportName = "import-plan";

    public const string ExportName = "export-plan";

    /// <summary>Recorded as the actor of the audit row: no person is signed in.</summary>
    public const string Actor = "system:import-plan";

    /// <summary>With <c>export-plan</c>: the empty workbook template instead of the current plan.</summary>
    public const string EmptyOption = "--empty";

    private static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var empty = args.Count == 3 && args[0] == ExportName && args[1] == EmptyOption;
        var path = args.Count > 1 ? args[^1] : null;
        if (!(args.Count == 2 || empty) || string.IsNullOrWhiteSpace(path) || (empty && !IsWorkbook(path)))
        {
            console.Error.WriteLine($"使い方: dotnet run --project src/AsoPlan.Web -- {args[0]} ファイル.json または ファイル.xlsx"
                + (args[0] == ExportName ? $"（空の様式は {ExportName} {EmptyOption} 様式.xlsx）" : ""));
            return CommandLine.UsageError;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        await db.Database.MigrateAsync();
        if (empty)
        {
            await File.WriteAllBytesAsync(path, PlanWorkbookWriter.Write(null, await scope.ServiceProvider.GetRequiredService<PlanSeedExporter>().DepartmentsAsync()));
            console.Out.WriteLine($"計画ワークブックの空の様式を {path} に書き出しました。");
            return CommandLine.Success;
        }

        return args[0] == ExportName
            ? await ExportAsync(scope.ServiceProvider, path, console)
            : await ImportAsync(scope.ServiceProvider, path, console);
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string path, CommandConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"ファイル {path} が見つかりません。");
            return CommandLine.Failure;
        }

        var (problems, result) = IsWorkbook(path)
            ? await LoadWorkbookAsync(services, path)
            : await LoadFileAsync(services, path);
        if (result is not { Succeeded: true })
        {
            console.Error.WriteLine($"計画を読み込めませんでした。次の {problems.Count} 件を直してから、もう一度実行してください（何も変更していません）。");
            foreach (var problem in problems)
            {
                console.Error.WriteLine($"- {problem}");
            }

            return CommandLine.Failure;
        }

        var summary = result.Summary!;
        console.Out.WriteLine($"{result.Seed!.Period.Name}（{result.Seed.Period.Code}）を{(result.NewPeriod ? "新しい基本計画として" : "")}読み込みました: 追加 {summary.Added}件, 変更 {summary.Updated}件, 削除 {summary.Deleted}件。");
        return CommandLine.Success;
    }

    private static async Task<(IReadOnlyList<string> Problems, PlanLoadResult? Result)> LoadFileAsync(IServiceProvider services, string path)
    {
        var result = await services.GetRequiredService<PlanLoader>().LoadAsync(await File.ReadAllTextAsync(path), Actor);
        return (result.Problems, result);
    }

    private static async Task<(IReadOnlyList<string> Problems, PlanLoadResult? Result)> LoadWorkbookAsync(IServiceProvider services, string path)
    {
        var result = await services.GetRequiredService<PlanWorkbookImporter>().ImportAsync(await File.ReadAllBytesAsync(path), Actor);
        return (result.Problems, result.Load);
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string path, CommandConsole console)
    {
        var seed = await services.GetRequiredService<PlanSeedExporter>().ExportAsync();
        if (seed is null)
        {
            console.Error.WriteLine("計画がまだ読み込まれていません。");
            return CommandLine.Failure;
        }

        if (IsWorkbook(path))
        {
            await File.WriteAllBytesAsync(path, PlanWorkbookWriter.Write(seed, seed.Departments));
        }
        else
        {
            await File.WriteAllTextAsync(path, PlanSeedJson.Serialize(seed));
        }

        console.Out.WriteLine($"{seed.Period.Name}（{seed.Period.Code}）を {path} に書き出しました。");
        return CommandLine.Success;
    }
}
