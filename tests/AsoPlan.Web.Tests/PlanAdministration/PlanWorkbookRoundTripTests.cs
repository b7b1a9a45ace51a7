using System.Text.Json.Nodes;
using AsoPlan.Data.Seeding;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AsoPlan.Web.Tests.PlanAdministration;

/// <summary>
/// The plan workbook through the real entry point (<c>import-plan</c>, <c>export-plan</c>) on two fresh databases: the
/// seed plan written to the workbook and loaded into an empty database gives back the same plan file, byte for byte.
/// </summary>
public sealed class PlanWorkbookRoundTripTests : IAsyncLifetime
{
    private PortalFactory First { get; } = new();

    private PortalFactory Second { get; } = new();

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(First.Directory);
        Directory.CreateDirectory(Second.Directory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in new[] { First, Second })
        {
            await factory.DisposeAsync();
            PortalFactory.DeleteDirectory(factory.Directory);
        }
    }

    [Fact]
    public async Task The_seed_plan_exported_to_the_workbook_and_loaded_into_an_empty_database_exports_byte_identical()
    {
        var seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName);
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(seedPath))!;
        var (code, yearTarget) = AddYearTarget(plan);
        var planPath = Path.Combine(First.Directory, "plan-with-year-target.json");
        await File.WriteAllTextAsync(planPath, plan.ToJsonString());
        await RunOkAsync(First, "import-plan", planPath);
        var original = Path.Combine(First.Directory, "original.json");
        var workbook = Path.Combine(First.Directory, "plan.xlsx");
        await RunOkAsync(First, "export-plan", original);
        await RunOkAsync(First, "export-plan", workbook);
        var xlsx = await File.ReadAllBytesAsync(workbook);
        var errors = XlsxValidation.Errors(xlsx);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20)));
        var targets = WorkbookSheets.Read(xlsx)["年度別目標"];
        Assert.Equal(yearTarget, Convert.ToDecimal(targets[WorkbookSheets.IndexOf(targets, "指標コード", code)]["目標値"], System.Globalization.CultureInfo.InvariantCulture));

        // Saved again as a spreadsheet program saves it: numbers as numbers (98.30 becomes 98.3), no styles, no lists.
        var resaved = Path.Combine(First.Directory, "resaved.xlsx");
        await File.WriteAllBytesAsync(resaved, WorkbookSheets.Write(WorkbookSheets.Read(xlsx)));
        var import = await RunOkAsync(Second, "import-plan", resaved);
        Assert.Contains("後期基本計画（aso-2-late）を新しい基本計画として読み込みました", import.Output, StringComparison.Ordinal);
        var again = Path.Combine(Second.Directory, "again.json");
        await RunOkAsync(Second, "export-plan", again);

        var originalText = await File.ReadAllTextAsync(original);
        Assert.True(JsonNode.DeepEquals(plan, JsonNode.Parse(originalText)), "the first export differs from the plan file loaded (numbers compared by value: the database keeps 98.30 as 98.3)");
        Assert.Equal(originalText, await File.ReadAllTextAsync(again));
    }

    [Fact]
    public async Task The_empty_template_is_valid_xlsx_with_the_input_lists_and_the_departments_and_loading_it_lists_what_is_missing()
    {
        var seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName);
        await RunOkAsync(First, "import-plan", seedPath);
        var template = Path.Combine(First.Directory, "template.xlsx");
        var run = await RunOkAsync(First, "export-plan", "--empty", template);
        Assert.Contains("空の様式", run.Output, StringComparison.Ordinal);
        var xlsx = await File.ReadAllBytesAsync(template);
        Assert.Empty(XlsxValidation.Errors(xlsx));

        var sheets = WorkbookSheets.Read(xlsx);
        Assert.Equal("記入方法", sheets.Keys.First());
        Assert.Equal(
            ["記入方法", "計画", "基本構想の文章", "チャレンジ", "部", "課", "政策", "政策の文章", "個別計画", "実施施策", "SDGs", "主要な施策", "主な事務・事業", "指標", "年度別目標"],
            sheets.Keys);
        Assert.Contains(sheets["課"], r => Equals(r["課コード"], "seisaku-bosai"));
        Assert.DoesNotContain(sheets["指標"], r => r["指標コード"] is not null);
        var lists = Validations(xlsx);
        Assert.Contains("\"増加を目指す,減少を目指す,目標値以上を維持,目標値以下を維持\"", lists["指標"]);
        Assert.Contains("'課'!$B$2:$B$2000", lists["実施施策"]);
        Assert.Contains("\"1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17\"", lists["SDGs"]);
        Assert.Contains("\"重点,基本\"", lists["政策"]);

        var refused = await CommandProcess.RunAsync(Second, null, "import-plan", template);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("何も変更していません", refused.Error, StringComparison.Ordinal);
        Assert.Contains("- シート「計画」 行2 列B（内容）: 計画のコード (code)が空です。", refused.Error, StringComparison.Ordinal);
    }

    /// <summary>A per-year target half way along the first increasing whole-number indicator's path (R4), so the round trip carries one.</summary>
    private static (string Code, decimal Value) AddYearTarget(JsonNode plan)
    {
        var indicator = plan["period"]!["policies"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray()).SelectMany(m => m!["indicators"]!.AsArray())
            .First(i => i!["direction"]!.GetValue<string>() == "Increase" && i["decimals"]!.GetValue<int>() == 0
                && i["baseline"]!["value"] is not null && i["target"]!["value"] is not null
                && i["target"]!["value"]!.GetValue<decimal>() - i["baseline"]!["value"]!.GetValue<decimal>() >= 2)!;
        var start = indicator["baseline"]!["value"]!.GetValue<decimal>();
        var value = Math.Floor(start + ((indicator["target"]!["value"]!.GetValue<decimal>() - start) / 2));
        indicator["yearTargets"] = new JsonArray(new JsonObject { ["fiscalYear"] = 2022, ["value"] = value });
        return (indicator["code"]!.GetValue<string>(), value);
    }

    private static Dictionary<string, string> Validations(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Descendants<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => string.Join(" ", ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<DataValidation>().Select(v => v.Formula1?.Text)));
    }

    private static async Task<CommandRun> RunOkAsync(PortalFactory factory, params string[] args)
    {
        var run = await CommandProcess.RunAsync(factory, null, args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
