using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.ExternalReview;

/// <summary>
/// The external review for 令和3年度: the planning office opens the round, a reviewer (time-limited account) records a
/// finding on 実施施策13, the office closes the round and publishes the committee's finding and the city's response,
/// which the measure page and the yearly report then show. What a reviewer may not do is refused.
/// </summary>
public sealed class ExternalReviewTests : OwnPortal
{
    private const int Year = 2021;
    private const int Measure = 13;

    [Fact]
    public async Task A_reviewers_finding_for_R3_becomes_the_published_committee_finding_on_the_measure_page_and_in_the_report()
    {
        await Records.AddAsync(Factory, Measure, Year, RecordState.Approved, "M13-I01", 20m);
        using var planning = await SignInAsync(Roles.PlanningOffice, null);
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));

        await reviewer.Client.GetPageAsync("/review"); // no round yet: says so
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "true")], HttpStatusCode.Redirect);

        var page = await reviewer.Client.GetPageAsync($"/review/measures/{Measure}");
        Assert.Contains("取組実績（Do）", page, StringComparison.Ordinal);
        var refused = await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "2"), new("text", "")], (HttpStatusCode)422);
        Assert.Contains("評価を「一部見直しが必要」とする場合は、見直しが必要な点（意見）を入力してください。", refused, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.ReviewerFindings.CountAsync()));
        await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "2"), new("text", "耐震化率の目標の根拠を示すべき。")], HttpStatusCode.Redirect);
        var finding = await WithDbAsync(db => db.ReviewerFindings.SingleAsync());
        Assert.Equal((FindingRating.PartlyNeedsReview, reviewer.Email), (finding.Rating, finding.Reviewer));

        var compile = $"/planning/external-review/{Year}/measures/{Measure}";
        Assert.Contains("耐震化率の目標の根拠を示すべき。", await planning.Client.GetPageAsync(compile), StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>> { new("rating", "2"), new("committeeOpinion", "目標設定の根拠を計画書に明記されたい。"), new("cityResponse", "令和4年度の計画見直しで根拠を追記します。") };
        var whileOpen = await PostAsync(planning.Client, compile, compile, [.. fields, new("publish", "true")], (HttpStatusCode)422);
        Assert.Contains("令和3年度の外部評価は受付中です。受付を終了してから公表してください。", whileOpen, StringComparison.Ordinal);
        Assert.DoesNotContain("目標設定の根拠を計画書に明記されたい。", await Anonymous().GetPageAsync($"/measures/{Measure}"), StringComparison.Ordinal);

        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "false")], HttpStatusCode.Redirect);
        await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "1")], HttpStatusCode.Forbidden); // closed: final
        var confirm = await PostAsync(planning.Client, compile, compile, [.. fields, new("publish", "true")], HttpStatusCode.OK);
        Assert.Contains("まだ公表していません。", Html.Text(confirm), StringComparison.Ordinal);
        Assert.Null(await WithDbAsync(db => db.CommitteeFindings.Select(f => (DateTime?)f.PublishedAt).SingleOrDefaultAsync()));
        Assert.DoesNotContain("目標設定の根拠を計画書に明記されたい。", await Anonymous().GetPageAsync($"/measures/{Measure}"), StringComparison.Ordinal);
        await ConfirmAsync(planning.Client, confirm, compile);

        var measurePage = await Anonymous().GetPageAsync($"/measures/{Measure}");
        Assert.Contains("審議会の意見", measurePage, StringComparison.Ordinal);
        Assert.Contains("目標設定の根拠を計画書に明記されたい。", measurePage, StringComparison.Ordinal);
        Assert.Contains("令和4年度の計画見直しで根拠を追記します。", measurePage, StringComparison.Ordinal);
        Assert.Contains("令和3年度の外部評価", measurePage, StringComparison.Ordinal);
        Assert.DoesNotContain("耐震化率の目標の根拠を示すべき。", measurePage, StringComparison.Ordinal); // a reviewer's own words stay inside

        var report = await planning.Client.GetPageAsync($"/planning/report?year={Year}");
        Assert.Contains("目標設定の根拠を計画書に明記されたい。", report, StringComparison.Ordinal);
        Assert.Contains("令和4年度の計画見直しで根拠を追記します。", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_edit_plan_texts_read_opinions_or_work_after_the_last_day()
    {
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        var token = FormPosting.AntiforgeryToken(await reviewer.Client.GetPageAsync("/account"));

        using var approve = await reviewer.Client.PostWithTokenAsync($"/planning/records/{Measure}/{Year}/approve", token, [new("version", Guid.Empty.ToString())]);
        using var planText = await reviewer.Client.PostWithTokenAsync($"/admin/plan/edit/measures/{Measure}", token, [new("Title", "書き換え")]);
        using var opinions = await reviewer.Client.GetAsync(new Uri("/planning/opinions", UriKind.Relative));
        using var staff = await reviewer.Client.GetAsync(new Uri($"/staff/records/{Measure}/{Year}", UriKind.Relative));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { approve.StatusCode, planText.StatusCode, opinions.StatusCode, staff.StatusCode });

        using var expired = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)));
        var home = await expired.Client.GetPageAsync("/review", HttpStatusCode.Forbidden);
        Assert.Contains("利用期間が終了しています", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_reads_only_the_year_under_review_and_only_submitted_or_approved_records()
    {
        await Records.SetStateAsync(Factory, Measure, 2022, RecordState.Draft);
        using var planning = await SignInAsync(Roles.PlanningOffice, null);
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2022", [new("open", "true")], HttpStatusCode.Redirect);

        var page = await reviewer.Client.GetPageAsync($"/review/measures/{Measure}");
        Assert.Contains("令和4年度の評価はまだ提出されていません。", page, StringComparison.Ordinal); // a draft is not shown
        Assert.DoesNotContain("取組実績（Do）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_reads_the_dashboard_and_the_report_of_the_year_under_review_only_and_never_a_draft()
    {
        await Records.AddAsync(Factory, Measure, Year, RecordState.Submitted, "M13-I01", 20m);
        await Records.AddAsync(Factory, 7, Year, RecordState.Draft, "M07-I01", 40m);
        await Records.AddAsync(Factory, Measure, 2022, RecordState.Submitted, "M13-I01", 30m);
        await SetDoTextAsync(Measure, Year, "提出された令和3年度の取組です。");
        await SetDoTextAsync(7, Year, "まだ下書きの取組です。");
        await SetDoTextAsync(Measure, 2022, "令和4年度の取組です。");
        using var planning = await SignInAsync(Roles.PlanningOffice, null);
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.Client.GetAsync(new Uri("/review/report", UriKind.Relative))).StatusCode); // no round: nothing to read
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "true")], HttpStatusCode.Redirect);

        var report = Html.Text(await reviewer.Client.GetPageAsync("/review/report?year=2022"));
        Assert.Contains("施策評価報告書 令和3年度", report, StringComparison.Ordinal);
        Assert.Contains("提出された令和3年度の取組です。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("まだ下書きの取組です。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("令和4年度の取組です。", report, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(await reviewer.Client.GetByteArrayAsync(new Uri("/review/report/csv", UriKind.Relative)));
        Assert.Contains("提出された令和3年度の取組です。", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("まだ下書きの取組です。", csv, StringComparison.Ordinal);
        var workbook = await reviewer.Client.GetByteArrayAsync(new Uri("/review/report/workbook", UriKind.Relative));
        Assert.Empty(AsoPlan.Testing.XlsxValidation.Errors(workbook));
        var dashboard = Html.Text(await reviewer.Client.GetPageAsync("/review/dashboard"));
        Assert.Contains("進捗ダッシュボード 令和3年度", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("提出状況", dashboard, StringComparison.Ordinal); // every year's states stay with the office
        var measurePage = Html.Text(await reviewer.Client.GetPageAsync($"/review/measures/{Measure}"));
        Assert.Contains("施策の評価", measurePage, StringComparison.Ordinal);
        Assert.Contains("達成度", measurePage, StringComparison.Ordinal);

        // The office's own pages stay closed to the reviewer; the office still reads its report with the draft.
        foreach (var path in new[] { "/planning/report?year=2021", "/planning/dashboard", $"/planning/dashboard/measures/{Measure}", "/planning/report/csv?year=2021" })
        {
            using var refused = await reviewer.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)refused.StatusCode}");
        }

        Assert.Contains("まだ下書きの取組です。", await planning.Client.GetPageAsync("/planning/report?year=2021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_finding_is_in_the_reports_csv_and_workbook_and_in_open_data_and_a_draft_is_in_none()
    {
        using var planning = await PublishedAsync("=HYPERLINK(\"http://example.com\")の根拠を示されたい。", "令和4年度に対応します。");
        await PostAsync(planning.Client, "/planning/external-review/2021/measures/7", "/planning/external-review/2021/measures/7", [new("rating", "1"), new("committeeOpinion", "下書きの意見"), new("cityResponse", "下書きの方針")], HttpStatusCode.Redirect);

        var csvBytes = await planning.Client.GetByteArrayAsync(new Uri("/planning/report/csv?year=2021", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var rows = Csv.Rows(System.Text.Encoding.UTF8.GetString(csvBytes[3..]));
        var row = rows.First(r => r["実施施策"] == "13");
        Assert.Equal(("一部見直しが必要", "令和4年度に対応します。"), (row["外部評価（審議会の評価）"], row["市の対応方針"]));
        Assert.StartsWith("'=HYPERLINK", row["審議会の意見"], StringComparison.Ordinal); // never a live formula in Excel
        Assert.All(rows.Where(r => r["実施施策"] == "7"), r => Assert.Equal("", r["審議会の意見"]));

        var workbook = await planning.Client.GetByteArrayAsync(new Uri("/planning/report/workbook?year=2021", UriKind.Relative));
        Assert.Empty(AsoPlan.Testing.XlsxValidation.Errors(workbook));
        using (var stream = new MemoryStream(workbook))
        {
            var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(stream);
            var lines = sheets.Where(n => n.StartsWith("政策", StringComparison.Ordinal))
                .SelectMany(n => MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: n).Cast<IDictionary<string, object?>>()).ToList();
            var line = lines.First(l => Equals(l["実施施策"], 13d));
            Assert.Equal(("一部見直しが必要", "令和4年度に対応します。"), (line["外部評価（審議会の評価）"], line["市の対応方針"]));
        }

        using var anonymous = Anonymous();
        var open = System.Text.Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync(new Uri("/opendata/committee-findings.csv", UriKind.Relative)));
        Assert.StartsWith("\uFEFF", open, StringComparison.Ordinal);
        var openRow = Assert.Single(Csv.Rows(open.TrimStart('\uFEFF')));
        Assert.Equal(("2021", "令和3年度", "13", "一部見直しが必要", "令和4年度に対応します。"), (openRow["年度"], openRow["年度（和暦）"], openRow["実施施策番号"], openRow["審議会の評価"], openRow["市の対応方針"]));
        Assert.StartsWith("'=HYPERLINK", openRow["審議会の意見"], StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/opendata/committee-findings.json", UriKind.Relative)));
        var item = Assert.Single(json.RootElement.GetProperty("committeeFindings").EnumerateArray());
        Assert.Equal(("令和4年度に対応します。", 13), (item.GetProperty("cityResponse").GetString(), item.GetProperty("measureNumber").GetInt32()));
        Assert.DoesNotContain("下書きの意見", open + json.RootElement.ToString(), StringComparison.Ordinal);

        var index = await anonymous.GetPageAsync("/opendata");
        Assert.Contains("href=\"/opendata/committee-findings.csv\"", index, StringComparison.Ordinal);
        var header = Csv.Records(open.TrimStart('\uFEFF'))[0];
        Assert.All(header, column => Assert.Contains($"<th scope=\"row\">{column}</th>", index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_finding_is_corrected_only_with_a_reason_after_confirmation_and_the_public_page_says_so()
    {
        using var planning = await PublishedAsync("根拠を示されたい。", "令和4年度に対応します。");
        var page = $"/planning/external-review/{Year}/measures/{Measure}";
        var action = $"{page}/correction";
        var corrected = new List<KeyValuePair<string, string>> { new("rating", "2"), new("committeeOpinion", "根拠を示されたい。"), new("cityResponse", "令和5年度に対応します。") };

        var noReason = await PostAsync(planning.Client, page, action, [.. corrected, new("reason", "")], (HttpStatusCode)422);
        Assert.Contains("訂正の理由を入力してください。", noReason, StringComparison.Ordinal);
        var unchanged = await PostAsync(planning.Client, page, action, [new("rating", "2"), new("committeeOpinion", "根拠を示されたい。"), new("cityResponse", "令和4年度に対応します。"), new("reason", "誤記")], (HttpStatusCode)422);
        Assert.Contains("公表中の内容から変わっていません。", unchanged, StringComparison.Ordinal);
        var draftOverPublished = await PostAsync(planning.Client, page, page, [.. corrected, new("publish", "false")], (HttpStatusCode)422);
        Assert.Contains("公表済の審議会の意見は、訂正として変更してください。", draftOverPublished, StringComparison.Ordinal);

        var confirm = await PostAsync(planning.Client, page, action, [.. corrected, new("reason", "年度の誤記のため")], HttpStatusCode.OK);
        var today = AsoPlan.Core.FiscalYears.JapanCalendar.WarekiDate(AsoPlan.Core.FiscalYears.JapanCalendar.Today(DateTimeOffset.UtcNow), weekday: false);
        Assert.Contains($"{today} 訂正: 市の対応方針（年度の誤記のため）", Html.Text(confirm), StringComparison.Ordinal);
        Assert.Contains("令和4年度に対応します。", await Anonymous().GetPageAsync($"/measures/{Measure}"), StringComparison.Ordinal); // not yet
        await ConfirmAsync(planning.Client, confirm, action);

        var measurePage = Html.Text(await Anonymous().GetPageAsync($"/measures/{Measure}"));
        Assert.Contains("令和5年度に対応します。", measurePage, StringComparison.Ordinal);
        Assert.DoesNotContain("令和4年度に対応します。", measurePage, StringComparison.Ordinal);
        Assert.Contains("公表後に訂正しました", measurePage, StringComparison.Ordinal);
        Assert.Contains($"{today} 訂正: 市の対応方針（年度の誤記のため）", measurePage, StringComparison.Ordinal);
        Assert.Contains($"{today} 訂正: 市の対応方針（年度の誤記のため）", Html.Text(await planning.Client.GetPageAsync($"/planning/report?year={Year}")), StringComparison.Ordinal);
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "review.committee.correct"));
        Assert.Contains("令和4年度に対応します。", audit.Before, StringComparison.Ordinal); // the words as first published stay on record
        Assert.Contains("令和5年度に対応します。", audit.After, StringComparison.Ordinal);
    }

    private Task<int> SetDoTextAsync(int measure, int year, string text) => WithDbAsync(async db =>
    {
        var record = await db.PdcaRecords.SingleAsync(r => r.Measure!.Number == measure && r.FiscalYear == year);
        record.DoText = text;
        return await db.SaveChangesAsync();
    });

    private async Task<SignedInReviewer> SignInAsync(string role, DateOnly? accessUntil)
    {
        var email = TestAccounts.NewEmail(role.ToLowerInvariant());
        await TestAccounts.CreateAsync(Factory, email, role);
        await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.ReviewerAccessUntil = accessUntil;
            return await db.SaveChangesAsync();
        });
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return new SignedInReviewer(email, client);
    }

    private HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>Presses the confirmation page's first button (公表する / 訂正して公表する): its form's hidden fields, as the browser posts them.</summary>
    private static async Task ConfirmAsync(HttpClient client, string confirmPage, string action)
    {
        using var response = await client.PostWithTokenAsync(action, FormPosting.AntiforgeryToken(confirmPage), FormPosting.HiddenFields(confirmPage, action));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode}\n{Html.Text(await response.BodyAsync())}");
    }

    /// <summary>令和3年度 of 実施施策13 approved, its round opened and closed, and the committee's finding published through the confirmation page.</summary>
    private async Task<SignedInReviewer> PublishedAsync(string opinion, string response)
    {
        await Records.AddAsync(Factory, Measure, Year, RecordState.Approved, "M13-I01", 20m);
        var planning = await SignInAsync(Roles.PlanningOffice, null);
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "true")], HttpStatusCode.Redirect);
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "false")], HttpStatusCode.Redirect);
        var compile = $"/planning/external-review/{Year}/measures/{Measure}";
        var confirm = await PostAsync(planning.Client, compile, compile, [new("rating", "2"), new("committeeOpinion", opinion), new("cityResponse", response), new("publish", "true")], HttpStatusCode.OK);
        await ConfirmAsync(planning.Client, confirm, compile);
        return planning;
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields, HttpStatusCode expected)
    {
        using var response = await client.SubmitFormAsync(page, action, fields);
        var body = await response.BodyAsync();
        Assert.True(expected == response.StatusCode, $"{action}: expected {(int)expected}, got {(int)response.StatusCode}\n{Html.Text(body)}");
        return body;
    }

    private async Task<T> WithDbAsync<T>(Func<AsoPlanDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
    }

    private sealed record SignedInReviewer(string Email, HttpClient Client) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
