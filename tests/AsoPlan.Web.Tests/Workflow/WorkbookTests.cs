using System.Net;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// The Excel round trip for a section (政策防災課: 実施施策1・2 without indicators, 実施施策18 with four),
/// through the real pages, the real workbook and the real database.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class WorkbookTests(WorkflowPortal portal)
{
    private const string Section = "seisaku-bosai";
    private const string Values = "実績";
    private const string Pdca = "PDCA";
    private static readonly int[] Measures = [1, 2, 18];

    private async Task ResetAsync(int year, bool open = true)
    {
        await portal.SetWindowAsync(year, open);
        foreach (var measure in Measures)
        {
            await portal.SetRecordStateAsync(measure, year, null);
        }
    }

    [Fact]
    public async Task The_workbook_holds_the_sections_indicators_last_years_values_and_names_its_section_and_year()
    {
        await ResetAsync(2022);
        await portal.SetRecordStateAsync(18, 2021, RecordState.Approved);
        await portal.WithDbAsync(async db =>
        {
            var record = await db.PdcaRecords.Include(r => r.Values).SingleAsync(r => r.Measure!.Number == 18 && r.FiscalYear == 2021);
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "M18-I01");
            record.Values.Clear();
            record.Values.Add(new ActualValue { IndicatorId = indicator.Id, Value = 21500m });
            await db.SaveChangesAsync();
        });
        using var staff = await portal.StaffAsync(Section);

        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);

        Assert.Equal(["表紙", Values, Pdca, "事務事業"], workbook.SheetNames);
        Assert.Equal("seisaku-bosai", workbook.Cover("課コード"));
        Assert.Equal("政策防災課", workbook.Cover("課"));
        Assert.Equal("2022", workbook.Cover("年度"));
        Assert.Equal("令和4年度", workbook.Cover("年度（和暦）"));
        Assert.Equal(
            ["実施施策", "施策名", "指標コード", "成果指標", "単位", "基準値", "目標値", "前年度の実績値", "前年度の記録の状態", "実績値", "速報値", "未確定", "未確定の理由", "測定方法の補足"],
            workbook.Rows(Values)[0].Values.Select(v => v?.ToString()));
        Assert.Equal(["M18-I01", "M18-I02", "M18-I03", "M18-I04"], workbook.Rows(Values).Skip(1).Select(r => r["C"]?.ToString()));
        var first = workbook.Rows(Values)[1];
        Assert.Equal("SNS による情報発信の閲覧者", first["D"]);
        Assert.Equal("人", first["E"]);
        Assert.Equal("20,926 人", first["F"]);
        Assert.Equal("30,000 人", first["G"]);
        Assert.Equal(21500d, first["H"]);
        Assert.Equal("承認済", first["I"]);
        Assert.Null(first["J"]); // this year's value: blank to fill in
        Assert.Null(first["K"]); // not a 速報値
        Assert.Equal("10%向上（3,776人）", workbook.Rows(Values)[3]["G"]);
        Assert.Equal(["実施施策", "施策名", "記録の状態", "差戻しコメント", "取組実績（Do）", "自己評価（Check）", "自己評価の理由", "改善・今後の方向性（Action）"],
            workbook.Rows(Pdca)[0].Values.Select(v => v?.ToString()));
        Assert.Equal([1d, 2d, 18d], workbook.Rows(Pdca).Skip(1).Select(r => r["A"]));
        Assert.All(workbook.Rows(Pdca).Skip(1), r => Assert.Equal("未入力", r["C"]));
    }

    [Fact]
    public async Task A_correct_workbook_becomes_the_same_draft_as_the_same_values_typed_into_the_form()
    {
        await ResetAsync(2022);
        await ResetAsync(2023);
        using var staff = await portal.StaffAsync(Section);
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        var r1 = workbook.RowOf(Values, "C", "M18-I01");
        var r2 = workbook.RowOf(Values, "C", "M18-I02");
        var r3 = workbook.RowOf(Values, "C", "M18-I03");
        workbook[Values, r1, "J"] = "２１，５００"; // typed as text, full width
        workbook[Values, r1, "N"] = "公式アカウントの年間閲覧者数";
        workbook[Values, r2, "J"] = 53000d; // typed as a number
        workbook[Values, r2, "K"] = "○"; // a 速報値
        workbook[Values, r3, "L"] = "○";
        workbook[Values, r3, "M"] = "運行事業者の集計待ち";
        var p18 = workbook.RowOf(Pdca, "A", "18");
        workbook[Pdca, p18, "E"] = "防災訓練を2回実施した。\nSNSで毎週発信した。";
        workbook[Pdca, p18, "F"] = "Ｂ";
        workbook[Pdca, p18, "G"] = "概ね計画どおり。";
        workbook[Pdca, workbook.RowOf(Pdca, "A", "1"), "H"] = "次年度も継続する。";

        using var upload = await workbook.UploadAsync(staff.Client, Section, 2022);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal("/staff", upload.Headers.Location?.OriginalString);
        var home = await staff.Client.GetPageAsync("/staff");
        Assert.Contains("ワークブックを取り込み、実施施策1・実施施策2・実施施策18を下書きとして保存しました。", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/sections/seisaku-bosai/workbooks/2022\"", home, StringComparison.Ordinal);

        // The same values, typed into the form for another year.
        var form = await staff.Client.GetPageAsync("/staff/records/18/2023");
        using (var typed = await staff.Client.PostWithTokenAsync("/staff/records/18/2023/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", "２１，５００")
            .With("Form.Values[0].MeasurementNote", "公式アカウントの年間閲覧者数")
            .With("Form.Values[1].Value", "53000")
            .With("Form.Values[1].Preliminary", "true")
            .With("Form.Values[2].NotAvailable", "true")
            .With("Form.Values[2].NotAvailableReason", "運行事業者の集計待ち")
            .With("Form.DoText", "防災訓練を2回実施した。\r\nSNSで毎週発信した。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "概ね計画どおり。")))
        {
            Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        }

        var form1 = await staff.Client.GetPageAsync("/staff/records/1/2023");
        using (var typed = await staff.Client.PostWithTokenAsync("/staff/records/1/2023/save", StaffEntryTests.Token(form1), StaffEntryTests.Fields(form1).With("Form.ActionText", "次年度も継続する。")))
        {
            Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        }

        var fromWorkbook = await SnapshotAsync(18, 2022);
        var fromForm = await SnapshotAsync(18, 2023);
        Assert.Equal(RecordState.Draft.ToString(), fromWorkbook.State);
        Assert.Equal(Json(fromForm), Json(fromWorkbook));
        Assert.Equal(21500m, fromWorkbook.Values[0].Value);
        Assert.Equal([false, true], fromWorkbook.Values.Take(2).Select(v => v.Preliminary));
        Assert.Equal(Json(await SnapshotAsync(1, 2023)), Json(await SnapshotAsync(1, 2022)));
        Assert.Equal(RecordState.Draft, (await portal.RecordAsync(2, 2022))!.State); // an untouched measure is saved as an empty draft, as the form's save would

        // Audited like the form: one record.save per record, by the person who uploaded.
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == "M18/2022" || a.EntityKey == "M1/2022" || a.EntityKey == "M2/2022")
            .Select(a => new { a.Action, a.Actor, a.Before })
            .ToListAsync());
        Assert.Equal(3, audit.Count(a => a.Action == "record.save" && a.Actor == staff.Email && a.Before == null));

        // The record page shows what was taken in, the 速報値 box ticked as the workbook said.
        var page = await staff.Client.GetPageAsync("/staff/records/18/2022");
        Assert.Contains("value=\"21500\"", page, StringComparison.Ordinal);
        Assert.Contains("運行事業者の集計待ち", page, StringComparison.Ordinal);
        Assert.Contains(new KeyValuePair<string, string>("Form.Values[1].Preliminary", "true"), HtmlForm.Fields(page, "/staff/records/18/2022/save"));

        // Downloaded again, the workbook says 速報値 where the form does, and taking it in untouched changes nothing.
        var again = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        Assert.Equal("○", again[Values, again.RowOf(Values, "C", "M18-I02"), "K"]);
        Assert.Null(again[Values, again.RowOf(Values, "C", "M18-I01"), "K"]);
        using (var untouched = await again.UploadAsync(staff.Client, Section, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, untouched.StatusCode);
        }

        Assert.Equal([false, true], (await SnapshotAsync(18, 2022)).Values.Take(2).Select(v => v.Preliminary));
    }

    [Fact]
    public async Task The_workbook_marks_preliminary_and_not_available_values_as_the_form_saved_them()
    {
        await ResetAsync(2023);
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync("/staff/records/18/2023");
        using (var saved = await staff.Client.PostWithTokenAsync("/staff/records/18/2023/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", "21500").With("Form.Values[0].Preliminary", "true")
            .With("Form.Values[1].NotAvailable", "true").With("Form.Values[1].NotAvailableReason", "集計待ち")
            .With("Form.DoText", "改行を含む\r\n取組実績")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // The 第3版 workbook with its 速報値 and 未確定 marks passes the Open XML validator (DownloadAsync checks every download).
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2023);
        Assert.Equal("AsoPlan 実績入力ワークブック 第3版", workbook.Cover("様式"));
        Assert.Equal(("○", "○"), (workbook[Values, workbook.RowOf(Values, "C", "M18-I01"), "K"], workbook[Values, workbook.RowOf(Values, "C", "M18-I02"), "L"]));
    }

    [Fact]
    public async Task A_workbook_with_mistakes_changes_nothing_and_lists_every_mistake_with_its_cell()
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync("/staff/records/18/2022");
        using (var first = await staff.Client.PostWithTokenAsync("/staff/records/18/2022/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", "20000").With("Form.DoText", "最初の下書き")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var before = await SnapshotAsync(18, 2022);
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        Assert.Equal(20000d, workbook[Values, 2, "J"]); // the stored draft is in the workbook
        workbook[Values, 2, "J"] = "abc";
        workbook[Values, 3, "J"] = 12.5d;
        workbook[Values, 4, "L"] = "○";
        workbook[Values, 4, "J"] = 3000d;
        workbook[Values, 5, "M"] = "理由だけ";
        workbook[Values, 5, "L"] = "はい";
        workbook[Values, 5, "K"] = "○"; // a 速報値 without a value
        var p18 = workbook.RowOf(Pdca, "A", "18");
        workbook[Pdca, p18, "F"] = "E";
        workbook[Pdca, p18, "H"] = new string('あ', 4001);
        workbook[Pdca, p18, "E"] = "変更されてはいけない";

        using var upload = await workbook.UploadAsync(staff.Client, Section, 2022);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await upload.BodyAsync());
        Assert.Contains("を取り込めませんでした。次の 9 件を直して", html, StringComparison.Ordinal);
        Assert.Contains("何も保存されていません", html, StringComparison.Ordinal);
        string[] expected =
        [
            "シート「実績」 行2 列J（実績値）: 数値として読み取れません。",
            "シート「実績」 行3 列J（実績値）: 人の値は整数で入力してください。",
            "シート「実績」 行4 列J（実績値）: 「未確定」にする場合は実績値を空欄にしてください。",
            "シート「実績」 行4 列M（未確定の理由）: 未確定の理由を入力してください。",
            "シート「実績」 行5 列J（実績値）: 「速報値」は実績値を入力したときだけ選んでください。",
            "シート「実績」 行5 列L（未確定）: 「未確定」の列には「○」を入れるか、空欄にしてください。",
            "シート「実績」 行5 列M（未確定の理由）: 未確定の理由は「未確定」を選んだときだけ入力してください。",
            $"シート「PDCA」 行{p18} 列F（自己評価（Check））: 自己評価はA〜Dから選んでください。",
            $"シート「PDCA」 行{p18} 列H（改善・今後の方向性（Action））: 改善・今後の方向性（Action）は4,000文字以内で入力してください（現在4,001文字）。",
        ];
        var positions = expected.Select(e => html.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), "missing: " + string.Join("\n", expected.Where((e, i) => positions[i] < 0)) + "\n" + html);
        Assert.Equal(positions.Order(), positions); // in sheet, row, column order
        Assert.Equal(Json(before), Json(await SnapshotAsync(18, 2022)));
        Assert.Null(await portal.RecordAsync(1, 2022));
    }

    [Fact]
    public async Task Another_sections_or_another_years_workbook_is_refused_and_changes_nothing()
    {
        await ResetAsync(2022);
        await ResetAsync(2023);
        await portal.SetWindowAsync(2022, open: true);
        using var nosei = await portal.StaffAsync("nosei");
        using var staff = await portal.StaffAsync(Section);
        var theirs = await TestWorkbook.DownloadAsync(nosei.Client, "nosei", 2022);
        var nextYear = await TestWorkbook.DownloadAsync(staff.Client, Section, 2023);

        using var otherSection = await theirs.UploadAsync(staff.Client, Section, 2022);
        using var otherYear = await nextYear.UploadAsync(staff.Client, Section, 2022);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherSection.StatusCode);
        Assert.Contains("このワークブックは農政課のものです。政策防災課のワークブックをダウンロードして入力してください。", await otherSection.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherYear.StatusCode);
        Assert.Contains("このワークブックは令和5年度のものです。令和4年度のワークブックをダウンロードして入力してください。", await otherYear.BodyAsync(), StringComparison.Ordinal);
        foreach (var measure in Measures)
        {
            Assert.Null(await portal.RecordAsync(measure, 2022));
        }
    }

    [Fact]
    public async Task Staff_of_one_section_cannot_see_download_or_upload_another_sections_workbook()
    {
        await portal.SetWindowAsync(2022, open: true);
        using var nosei = await portal.StaffAsync("nosei");
        using var planning = await portal.PlanningAsync();
        var own = (await TestWorkbook.DownloadAsync(nosei.Client, "nosei", 2022)).ToBytes();

        await nosei.Client.GetPageAsync($"/staff/sections/{Section}/workbooks/2022", HttpStatusCode.Forbidden);
        await nosei.Client.GetPageAsync($"/staff/sections/{Section}/workbooks/2022/download", HttpStatusCode.Forbidden);
        await planning.Client.GetPageAsync($"/staff/sections/{Section}/workbooks/2022/download", HttpStatusCode.Forbidden);
        await nosei.Client.GetPageAsync("/staff/sections/no-such-section/workbooks/2022", HttpStatusCode.NotFound);
        await nosei.Client.GetPageAsync("/staff/sections/nosei/workbooks/2019/download", HttpStatusCode.NotFound);
        var token = HtmlForm.Token(await nosei.Client.GetPageAsync("/staff/sections/nosei/workbooks/2022"), "/staff/sections/nosei/workbooks/2022");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(own), "file", "x.xlsx" }, { new StringContent(token), "__RequestVerificationToken" } };
        using var post = await nosei.Client.PostAsync(new Uri($"/staff/sections/{Section}/workbooks/2022", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_closed_year_refuses_the_upload_and_offers_no_workbook()
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);
        var workbook = (await TestWorkbook.DownloadAsync(staff.Client, Section, 2022)).ToBytes();
        await portal.SetWindowAsync(2022, open: false);

        var page = await staff.Client.GetPageAsync($"/staff/sections/{Section}/workbooks/2022");
        using var download = await staff.Client.GetAsync(new Uri($"/staff/sections/{Section}/workbooks/2022/download", UriKind.Relative));
        var token = FormPosting.AntiforgeryToken(await staff.Client.GetPageAsync("/account"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "x.xlsx" }, { new StringContent(token), "__RequestVerificationToken" } };
        using var upload = await staff.Client.PostAsync(new Uri($"/staff/sections/{Section}/workbooks/2022", UriKind.Relative), form);

        Assert.Contains("この年度は入力の受付期間外のため、ワークブックでの入力はできません。", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Null(await portal.RecordAsync(18, 2022));
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "code", "シート「実績」 行2 列C（指標コード）: 指標コード「M18-I99」はこのワークブックの成果指標ではありません。" },
        { "deleted-row", "シート「実績」: 指標コード「M18-I02」（公共交通利用者数（路線バス））の行がありません。行は削除しないでください。" },
        { "extra-row", "シート「実績」 行6 列C（指標コード）: 指標コード「M03-I01」はこのワークブックの成果指標ではありません。" },
        { "extra-pdca-row", "シート「PDCA」 行5 列A（実施施策）: 「3」はこのワークブックの実施施策の番号ではありません。" },
        { "deleted-pdca-row", "シート「PDCA」: 実施施策2の行がありません。行は削除しないでください。" },
        { "moved-column", "シート「実績」 行1 列J（実績値）: 列見出しが「実績値」ではありません。列の追加・削除・並べ替えはしないでください。" },
        { "deleted-sheet", "シート「PDCA」がありません。" },
        { "former-layout", "このワークブックは以前の様式（AsoPlan 実績入力ワークブック 第1版）で、「実績」シートに「速報値」の列と、「事務事業」シートがありません。この画面から新しいワークブックをダウンロードし直して入力してください。" },
        { "former-layout-2", "このワークブックは以前の様式（AsoPlan 実績入力ワークブック 第2版）で、「事務事業」シートがありません。この画面から新しいワークブックをダウンロードし直して入力してください。" },
        { "deleted-projects-sheet", "シート「事務事業」がありません。" },
        { "project-code", "シート「事務事業」 行2 列B（事業コード）: 事業コード「M03-P01」はこのワークブックの事務事業ではありません。" },
        { "duplicate-project-row", "シート「事務事業」 行10 列B（事業コード）: 事業コード「M18-P02」の行が重複しています（行3と同じ事務事業です）。" },
        { "deleted-project-row", "シート「事務事業」: 事業コード「M18-P03」（市政報告会）の行がありません。行は削除しないでください。" },
        { "moved-project-column", "シート「事務事業」 行1 列H（決算額（千円））: 列見出しが「決算額（千円）」ではありません。" },
        { "cover-measure", "列A（項目）: 実施施策4はこの課の担当ではありません。表紙は変更しないでください。" },
        { "stale", "の記録は、このワークブックを作成した後に変更されています。最新のワークブックをダウンロードし直して入力してください。" },
        { "submitted", "実施施策18の記録は提出済のため、変更できません。" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_workbook_whose_rows_codes_or_records_changed_is_refused_whole(string change, string message)
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        workbook[Values, 3, "J"] = 50000d; // a correct value that must not be stored
        switch (change)
        {
            case "code": workbook[Values, 2, "C"] = "M18-I99"; break;
            case "deleted-row": workbook.RemoveRow(Values, 3); break;
            case "extra-row": workbook.AddRow(Values, new(workbook.Rows(Values)[1]) { ["C"] = "M03-I01" }); break;
            case "extra-pdca-row": workbook.AddRow(Pdca, new(workbook.Rows(Pdca)[1]) { ["A"] = 3d }); break;
            case "deleted-pdca-row": workbook.RemoveRow(Pdca, workbook.RowOf(Pdca, "A", "2")); break;
            case "moved-column": workbook[Values, 1, "J"] = "実績"; break;
            case "deleted-sheet": workbook = WithoutSheet(workbook, Pdca); break;
            case "former-layout": workbook["表紙", workbook.RowOf("表紙", "A", "様式"), "B"] = "AsoPlan 実績入力ワークブック 第1版"; break;
            case "former-layout-2": workbook = WithoutSheet(workbook, "事務事業"); workbook["表紙", workbook.RowOf("表紙", "A", "様式"), "B"] = "AsoPlan 実績入力ワークブック 第2版"; break;
            case "deleted-projects-sheet": workbook = WithoutSheet(workbook, "事務事業"); break;
            case "project-code": workbook["事務事業", 2, "B"] = "M03-P01"; break;
            case "duplicate-project-row": workbook.AddRow("事務事業", new(workbook.Rows("事務事業")[2])); break;
            case "deleted-project-row": workbook.RemoveRow("事務事業", workbook.RowOf("事務事業", "B", "M18-P03")); break;
            case "moved-project-column": workbook["事務事業", 1, "H"] = "決算額"; break;
            case "cover-measure": workbook["表紙", workbook.RowOf("表紙", "A", "実施施策18の記録の版"), "A"] = "実施施策4の記録の版"; break;
            case "stale": await SaveDraftAsync(staff, 18, 2022); break;
            case "submitted": await portal.SetRecordStateAsync(18, 2022, RecordState.Submitted); break;
        }

        using var upload = await workbook.UploadAsync(staff.Client, Section, 2022);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await upload.BodyAsync()), StringComparison.Ordinal);
        Assert.NotEqual(50000m, (await portal.RecordAsync(18, 2022))?.Values.FirstOrDefault(v => v.Indicator!.Code == "M18-I02")?.Value);
        Assert.Null(await portal.RecordAsync(1, 2022));
    }

    [Theory]
    [InlineData("not-xlsx", "Excelのワークブック（.xlsx）として読み取れません。")]
    [InlineData("corrupt", "Excelのワークブック（.xlsx）として読み取れません。")]
    [InlineData("too-large", "ファイルが大きすぎます（1MBまで）。")]
    [InlineData("empty", "取り込むワークブック（.xlsx）を選んでください。")]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_japanese_message(string kind, string message)
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);
        var real = (await TestWorkbook.DownloadAsync(staff.Client, Section, 2022)).ToBytes();
        var content = kind switch
        {
            "not-xlsx" => "実施施策,実績値\n18,100\n"u8.ToArray(),
            "corrupt" => real[..(real.Length / 2)],
            "too-large" => [.. real, .. new byte[2 * 1024 * 1024]],
            _ => [],
        };

        using var upload = await TestWorkbook.UploadAsync(staff.Client, Section, 2022, content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Contains(message, await upload.BodyAsync(), StringComparison.Ordinal);
        Assert.Null(await portal.RecordAsync(18, 2022));
    }

    [Fact]
    public async Task A_file_far_over_the_limit_is_refused_with_a_japanese_page_and_changes_nothing()
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);

        using var upload = await TestWorkbook.UploadAsync(staff.Client, Section, 2022, new byte[11 * 1024 * 1024]);

        // Over the upload's request limit (10 MB) the body is refused before anything reads it (413, Japanese page).
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Contains("送信された内容が大きすぎます", await upload.BodyAsync(), StringComparison.Ordinal);
        Assert.Null(await portal.RecordAsync(18, 2022));
    }

    internal static TestWorkbook WithoutSheet(TestWorkbook workbook, string sheet)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, workbook.SheetNames.Where(s => s != sheet).ToDictionary(s => s, s => (object)workbook.Rows(s)), printHeader: false);
        return TestWorkbook.Read(stream.ToArray());
    }

    private static async Task SaveDraftAsync(SignedIn staff, int measure, int year)
    {
        var form = await staff.Client.GetPageAsync($"/staff/records/{measure}/{year}");
        using var response = await staff.Client.PostWithTokenAsync($"/staff/records/{measure}/{year}/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form).With("Form.DoText", "画面から先に保存"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Everything a person would compare, values included (a record's list compares by reference).</summary>
    internal static string Json(object snapshot) => AsoPlan.Data.Audit.AuditTrail.Snapshot(snapshot)!;

    private Task<RecordSnapshot> SnapshotAsync(int measure, int year) => SnapshotAsync(portal, measure, year);

    /// <summary>A record as its audit row would show it: values, texts and project years.</summary>
    internal static Task<RecordSnapshot> SnapshotAsync(WorkflowPortal portal, int measure, int year) => portal.WithDbAsync(async db =>
    {
        var record = await db.PdcaRecords.AsNoTracking().Include(r => r.Values).SingleAsync(r => r.Measure!.Number == measure && r.FiscalYear == year);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.MeasureId == record.MeasureId).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync();
        return RecordSnapshot.Of(record, indicators);
    });
}
