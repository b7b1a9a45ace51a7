using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Testing;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The planning office's next 基本計画 from Excel: an administrator downloads the empty plan workbook on /admin/plan,
/// fills it in (with MiniExcel, as Excel would save it), uploads it, and the new period is what the public site shows.
/// Runs on an app of its own: a new period becomes the current one.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PlanWorkbookJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Administrator_loads_the_next_plan_from_the_filled_template_and_the_public_site_shows_it()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        await using var server = await AppServer.StartAsync();
        await WorkAccounts.CreateAdminAsync(server);
        var page = await suite.NewPageAsync(Screen.Desktop);
        var folder = Directory.CreateTempSubdirectory("asoplan-plan-workbook-");
        try
        {
            await WorkAccounts.SignInAsync(page, server, WorkAccounts.AdminEmail);
            await page.GetByRole(AriaRole.Link, new() { Name = "計画の読み込み・書き出し" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(
                () => page.GetByRole(AriaRole.Link, new() { Name = "空の様式をダウンロード（.xlsx）" }).ClickAsync());
            Assert.Equal("計画ワークブック_様式.xlsx", download.SuggestedFilename);
            var template = Path.Combine(folder.FullName, "template.xlsx");
            await download.SaveAsAsync(template);
            var bytes = await File.ReadAllBytesAsync(template);
            var errors = XlsxValidation.Errors(bytes);
            Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20)));

            var filled = Path.Combine(folder.FullName, "next-plan.xlsx");
            await File.WriteAllBytesAsync(filled, WorkbookSheets.Write(NextPlan.Fill(WorkbookSheets.Read(bytes))));
            await page.GetByLabel("計画ファイル（.json）または計画ワークブック（.xlsx）、5MBまで").SetInputFilesAsync(filled);
            await page.GetByRole(AriaRole.Button, new() { Name = "確認して読み込む" }).ClickAsync();
            await Assertions.Expect(page.GetByText("第3期基本計画を新しい基本計画として読み込みました")).ToBeVisibleAsync();

            await page.GotoAsync(server.Url("/policies").ToString());
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(NextPlan.PolicyTitle);
            await page.GotoAsync(server.Url("/measures/1").ToString());
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(NextPlan.MeasureTitle);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(NextPlan.IndicatorName);
        }
        finally
        {
            await page.Context.CloseAsync();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A small next plan typed into the empty template: one challenge, one policy, one measure with an indicator.</summary>
    private static class NextPlan
    {
        public const string PolicyTitle = "試行の政策「つなぐ」";
        public const string MeasureTitle = "ワークブックから読み込んだ施策";
        public const string IndicatorName = "ワークブックの指標";

        public static Dictionary<string, List<Dictionary<string, object?>>> Fill(Dictionary<string, List<Dictionary<string, object?>>> sheets)
        {
            var items = new Dictionary<string, object?>
            {
                ["計画のコード"] = "aso-2", ["計画の名称"] = "第2次阿蘇市総合計画", ["基本構想の開始年度"] = 2017d, ["基本構想の終了年度"] = 2028d,
                ["将来都市像"] = "試行の将来都市像", ["将来都市像に込めた思い"] = "思いの一段落目。\n\n思いの二段落目。", ["基本理念の前文"] = "前文",
                ["基本理念"] = "基本理念", ["重点テーマの名称"] = "重点テーマ", ["重点テーマの分類"] = "復興", ["重点テーマの本文"] = "本文",
                ["基本計画のコード"] = "aso-2-third", ["基本計画の名称"] = "第3期基本計画", ["基本計画の開始年度"] = 2025d, ["基本計画の終了年度"] = 2028d,
                ["基準年度"] = 2024d, ["基本計画の前文"] = "新しい基本計画の前文。",
            };
            foreach (var row in sheets["計画"])
            {
                row["内容"] = items.GetValueOrDefault((string)row["項目"]!);
            }

            var section = sheets["課"][0];
            sheets["チャレンジ"] = [new() { ["番号"] = 1d, ["名称"] = "つなぐ", ["分類"] = "交流", ["本文"] = "チャレンジの本文。" }];
            sheets["政策"] = [new() { ["番号"] = 1d, ["略称"] = "つなぐ", ["名称"] = PolicyTitle, ["副題"] = null, ["種類"] = "基本", ["チャレンジ"] = 1d, ["部コード"] = section["部コード"], ["現状と課題"] = "課題1\n課題2" }];
            sheets["実施施策"] = [new() { ["政策"] = 1d, ["番号"] = 1d, ["名称"] = MeasureTitle, ["担当課コード"] = section["課コード"], ["担当課の表記"] = section["課の名称"], ["概要"] = "概要。", ["主な取り組み"] = null }];
            sheets["SDGs"] = [new() { ["実施施策"] = 1d, ["ゴール"] = 11d, ["ゴールの名称"] = "住み続けられるまちづくりを", ["ターゲット"] = "11.2" }];
            sheets["主要な施策"] = [new() { ["実施施策"] = 1d, ["番号"] = 1d, ["施策名"] = "主要な施策", ["内容"] = "内容", ["目指す効果"] = "効果" }];
            sheets["主な事務・事業"] = [new() { ["実施施策"] = 1d, ["主要な施策"] = 1d, ["事業コード"] = "M01-P01", ["事業名"] = "試行の事業", ["担当課コード"] = null, ["予算事業コード"] = null }];
            sheets["指標"] = [new()
            {
                ["実施施策"] = 1d, ["指標コード"] = "M01-I01", ["行の名称"] = IndicatorName, ["指標名"] = IndicatorName, ["単位"] = "人", ["小数桁数"] = 0d,
                ["基準年度"] = 2024d, ["基準値"] = 100d, ["基準値の表記"] = "100人", ["基準値の注記"] = null, ["目標年度"] = 2028d, ["目標値"] = 140d,
                ["目標の増加率（%）"] = null, ["目標値の表記"] = "140人", ["目指す方向"] = "増加を目指す", ["方向の理由"] = null, ["注記"] = null,
            }];
            sheets["年度別目標"] = [new() { ["指標コード"] = "M01-I01", ["年度"] = 2026d, ["目標値"] = 120d }];
            return sheets;
        }
    }
}
