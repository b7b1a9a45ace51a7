using System.Net;
using System.Net.Http.Headers;
using AsoPlan.Core.Accounts;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.PlanAdministration;

/// <summary>The plan workbook on /admin/plan: downloaded filled, and a workbook with mistakes on several sheets refused whole, every cell named.</summary>
[Collection(SharedPortal.Name)]
public sealed class PlanWorkbookUploadTests(PortalFixture portal) : IDisposable
{
    private readonly HttpClient admin = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => admin.Dispose();

    [Fact]
    public async Task A_workbook_with_mistakes_in_several_sheets_is_refused_whole_with_every_cell_named()
    {
        await admin.SignInAsync(await NewAdminAsync());
        var xlsx = await admin.GetByteArrayAsync(new Uri("/admin/plan/workbook", UriKind.Relative));
        Assert.Empty(XlsxValidation.Errors(xlsx));
        var sheets = WorkbookSheets.Read(xlsx);
        var indicators = sheets["指標"];
        var first = WorkbookSheets.IndexOf(indicators, "指標コード", "M03-I01");
        var originalName = indicators[first]["指標名"];
        indicators[first]["指標名"] = "書き換えた指標名";
        indicators[first]["単位"] = null;
        indicators[first + 1]["目標値"] = "たくさん";
        indicators[first + 2]["目指す方向"] = "上がる";
        var measures = sheets["実施施策"];
        measures[WorkbookSheets.IndexOf(measures, "番号", 5d)]["担当課コード"] = "no-such-section";
        sheets["SDGs"][0]["ゴール"] = 18d;
        sheets["主な事務・事業"][1]["事業コード"] = "X-1";
        sheets["政策"][1]["種類"] = "その他";
        var overview = sheets["計画"];
        overview[WorkbookSheets.IndexOf(overview, "項目", "基本計画の開始年度")]["内容"] = "来年";
        sheets["年度別目標"] = [new() { ["指標コード"] = "M03-I01", ["年度"] = 2030d, ["目標値"] = 1d }];

        using var response = await UploadAsync(WorkbookSheets.Write(sheets), "mistakes.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        var page = WebUtility.HtmlDecode(html);
        var listed = System.Text.RegularExpressions.Regex.Matches(Html.Section(html, "plan-problems", "div"), "<li>(.*?)</li>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var startRow = WorkbookSheets.IndexOf(overview, "項目", "基本計画の開始年度") + 2;
        var measureRow = WorkbookSheets.IndexOf(measures, "番号", 5d) + 2;
        string[] expected =
        [
            $"シート「計画」 行{startRow} 列B（内容）: 年度は西暦の4桁の整数で入力してください（例: 2025）。",
            "シート「政策」 行3 列E（種類）: 「重点」か「基本」を選んでください。",
            $"シート「実施施策」 行{measureRow} 列D（担当課コード）: 政策2 実施施策5: 担当課「no-such-section」は departments のどの部にもありません。",
            "シート「SDGs」 行2 列B（ゴール）:",
            "シート「主な事務・事業」 行3 列C（事業コード）:",
            $"シート「指標」 行{first + 2} 列E（単位）:",
            $"シート「指標」 行{first + 3} 列L（目標値）: 数値として読み取れません（例: 1234.5）。",
            $"シート「指標」 行{first + 4} 列O（目指す方向）: 一覧から選んでください",
            "シート「年度別目標」 行2 列B（年度）:",
        ];
        foreach (var line in expected)
        {
            Assert.True(listed.Any(l => l.StartsWith(line, StringComparison.Ordinal)), $"not listed: {line}\n{string.Join('\n', listed)}");
        }

        Assert.True(listed.Count == expected.Length, string.Join('\n', listed));
        Assert.Contains("mistakes.xlsx を読み込めませんでした。", page, StringComparison.Ordinal);
        Assert.Contains(originalName!.ToString()!, await admin.GetPageAsync("/measures/3"), StringComparison.Ordinal);
        Assert.DoesNotContain("書き換えた指標名", await admin.GetPageAsync("/measures/3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_workbook_gets_a_message()
    {
        await admin.SignInAsync(await NewAdminAsync());

        using var notZip = await UploadAsync("これはワークブックではありません"u8.ToArray(), "memo.xlsx");
        var otherWorkbook = WorkbookSheets.Write(new() { ["表紙"] = [new() { ["項目"] = "様式", ["内容"] = "AsoPlan 実績入力ワークブック 第2版" }] });
        using var other = await UploadAsync(otherWorkbook, "entry.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notZip.StatusCode);
        Assert.Contains("Excelのワークブック（.xlsx）として読み取れません", await notZip.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("がありません。計画ワークブックの様式をダウンロードして", WebUtility.HtmlDecode(await other.BodyAsync()), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] xlsx, string fileName)
    {
        var token = FormPosting.AntiforgeryToken(await admin.GetPageAsync("/admin/plan"));
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await admin.PostAsync(new Uri("/admin/plan/import", UriKind.Relative), content);
    }

    private async Task<string> NewAdminAsync()
    {
        var email = TestAccounts.NewEmail("plan-workbook");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.Admin);
        return email;
    }
}
