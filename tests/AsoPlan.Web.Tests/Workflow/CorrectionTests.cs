using System.Net;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// Corrections after approval (訂正), through the pages: the planning office reopens an approved record with a
/// reason; the public keeps the published values until the corrected version is approved; then the corrected
/// value, the filled-in 未確定 value and a dated public note appear, open data says 訂正済, and the history keeps both.
/// And the report after a return-and-fix cycle prints the approval, not a comment about the earlier version.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class CorrectionTests(WorkflowPortal portal)
{
    private const int Measure = 19; // 税務課: 市税収納率 98.30% → 98.35%, 地籍調査推進率 63.85% → 66.10%
    private const string Section = "zeimu";

    [Fact]
    public async Task An_approved_record_is_reopened_corrected_and_approved_again_with_a_dated_public_note()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync(Section);
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();
        await Journeys.SubmitEntriesAsync(staff, Measure, 2021, "98.32", Journeys.NotAvailable + "法務局の集計待ち");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var published = Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}"));
        Assert.Contains("98.32%", published, StringComparison.Ordinal);
        Assert.Contains("未確定（法務局の集計待ち）", published, StringComparison.Ordinal); // the reason is public
        var csv = CsvRow(await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative)), "M19-I02");
        Assert.Equal("未確定（法務局の集計待ち）", csv["令和3年度実績の状態"]);

        // Reopened with a reason, after the entry window has closed
        await portal.SetWindowAsync(2021, open: false);
        using (var reopened = await ReopenAsync(planning, "収納率の集計に誤りがあったため"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }

        Assert.Equal(RecordState.Returned, (await portal.RecordAsync(Measure, 2021))!.State);
        var form = await staff.Client.GetPageAsync($"/staff/records/{Measure}/2021");
        Assert.Contains("収納率の集計に誤りがあったため", Html.Text(form), StringComparison.Ordinal);
        await Journeys.SubmitEntriesAsync(staff, Measure, 2021, "98.36", "64.40");

        // Until the correction is approved, the public sees what was published, and the feed still announces it
        var meanwhile = Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}"));
        Assert.Contains("98.32%", meanwhile, StringComparison.Ordinal);
        Assert.DoesNotContain("98.36%", meanwhile, StringComparison.Ordinal);
        Assert.Single(await FeedAsync(anonymous), e => e.Title == "実施施策19の令和3年度の実績を公表しました");

        using var colleague = await portal.PlanningAsync();
        var confirm = Html.Text(await colleague.Client.GetPageAsync($"/planning/records/{Measure}/2021"));
        var day = JapanCalendar.WarekiDate(JapanCalendar.Today(DateTimeOffset.UtcNow), weekday: false);
        var corrected = $"{day} 訂正: 市税収納率（現年課税分） 98.32% → 98.36%（収納率の集計に誤りがあったため）";
        var filled = $"{day} 実績値を掲載: 地籍調査推進率 未確定 → 64.40%（収納率の集計に誤りがあったため）";
        Assert.Contains(corrected, confirm, StringComparison.Ordinal);
        using (var approved = await Journeys.ApproveAsync(colleague, Measure, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var page = await anonymous.GetPageAsync($"/measures/{Measure}");
        var row = Html.Text(Html.Section(page, "indicator-M19-I01", "tr"));
        Assert.Matches(@"98\.36% （\s*訂正済\s*）", row); // the link's tags leave spaces in the extracted text
        // 「訂正済」 links to the year's dated note, which names the year it corrects.
        Assert.Contains("<a href=\"#corrections-2021\">訂正済</a>", Html.Section(page, "indicator-M19-I01", "tr"), StringComparison.Ordinal);
        var yearNote = Html.Text(Html.Section(page, "corrections-2021", "li"));
        Assert.Contains("【令和3年度の実績】", yearNote, StringComparison.Ordinal);
        var notes = Html.Text(Html.Section(page, "corrections", "ul"));
        Assert.Contains(corrected, notes, StringComparison.Ordinal);
        Assert.Contains(filled, notes, StringComparison.Ordinal);

        // The feed announces the correction with its dated notes, beside the first publication.
        var feed = await FeedAsync(anonymous);
        Assert.Single(feed, e => e.Title == "実施施策19の令和3年度の実績を公表しました");
        var correction = Assert.Single(feed, e => e.Title == "実施施策19の令和3年度の公表した実績を訂正しました");
        Assert.Contains(corrected, correction.Summary, StringComparison.Ordinal);
        Assert.Contains(filled, correction.Summary, StringComparison.Ordinal);
        Assert.EndsWith($"/measures/{Measure}#corrections", correction.Link, StringComparison.Ordinal);

        var rows = Csv.Rows((await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        Assert.Equal(("98.36", "訂正済"), (rows.Single(r => r["指標コード"] == "M19-I01")["令和3年度実績"], rows.Single(r => r["指標コード"] == "M19-I01")["令和3年度実績の状態"]));
        Assert.Equal(("64.40", "確定"), (rows.Single(r => r["指標コード"] == "M19-I02")["令和3年度実績"], rows.Single(r => r["指標コード"] == "M19-I02")["令和3年度実績の状態"]));

        var history = Html.Text(await colleague.Client.GetPageAsync($"/planning/records/{Measure}/2021/history"));
        Assert.Contains("98.32%", history, StringComparison.Ordinal);
        Assert.Contains("98.36%", history, StringComparison.Ordinal);
        Assert.Contains("訂正のため再開", history, StringComparison.Ordinal);
        var record = await portal.RecordAsync(Measure, 2021);
        Assert.Null(record!.CorrectionReason);
        Assert.Equal(2, await portal.WithDbAsync(db => Task.FromResult(db.Publications.Count(p => p.PdcaRecordId == record.Id))));
    }

    [Fact]
    public async Task A_reopening_needs_a_reason_and_changes_nothing_without_one()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var staff = await portal.StaffAsync(Section);
        using var planning = await portal.PlanningAsync();
        await Journeys.SubmitEntriesAsync(staff, Measure, 2022, "98.33", "64.90");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var review = await planning.Client.GetPageAsync($"/planning/records/{Measure}/2022");
        var action = $"/planning/records/{Measure}/2022/reopen";
        using var response = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(review, action), HtmlForm.Fields(review, action).With("reason", " "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("訂正の理由を入力してください。", Html.Text(await response.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(RecordState.Approved, (await portal.RecordAsync(Measure, 2022))!.State);
    }

    [Fact]
    public async Task The_report_after_a_return_and_fix_prints_the_approval_not_the_comment_on_the_earlier_value()
    {
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var staff = await portal.StaffAsync(Section);
        using var planning = await portal.PlanningAsync();
        const string comment = "98.20%は収納実績の報告と一致しません。確認してください。";
        await Journeys.SubmitEntriesAsync(staff, Measure, 2023, "98.20", "65.00");
        using (var returned = await Journeys.ReturnAsync(planning, Measure, 2023, comment))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var whileReturned = Html.Text(Html.Section(await planning.Client.GetPageAsync("/planning/report?year=2023"), $"measure-{Measure}", "section"));
        Assert.Contains(comment, whileReturned, StringComparison.Ordinal);

        await Journeys.SubmitEntriesAsync(staff, Measure, 2023, "98.34", "65.00");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, 2023))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var report = Html.Text(Html.Section(await planning.Client.GetPageAsync("/planning/report?year=2023"), $"measure-{Measure}", "section"));
        Assert.DoesNotContain(comment, report, StringComparison.Ordinal);
        Assert.Contains("記録の状態: 承認済（", report, StringComparison.Ordinal);
        Assert.Contains("承認・公表）", report, StringComparison.Ordinal);
        Assert.Contains("98.34%", report, StringComparison.Ordinal);
        var csv = await planning.Client.GetStringAsync(new Uri("/planning/report/csv?year=2023", UriKind.Relative));
        Assert.DoesNotContain(comment, csv, StringComparison.Ordinal);
        Assert.Contains(comment, Html.Text(await planning.Client.GetPageAsync($"/planning/records/{Measure}/2023/history")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_asks_for_a_correction_and_the_planning_office_accepts_it_by_reopening()
    {
        const int year = 2024;
        await portal.SetWindowAsync(year, open: true);
        await portal.SetRecordStateAsync(Measure, year, null);
        using var staff = await portal.StaffAsync(Section);
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();
        await Journeys.SubmitEntriesAsync(staff, Measure, year, "98.31", Journeys.NotAvailable + "法務局の集計待ち");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        await portal.SetWindowAsync(year, open: false);
        const string reason = "法務局の集計が公表されたため";
        using (var requested = await RequestCorrectionAsync(staff, year, reason))
        {
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        }

        // Asked, not yet reopened: the record is approved as before and the section sees its request pending
        var asked = await portal.RecordAsync(Measure, year);
        Assert.Equal((RecordState.Approved, reason, staff.Email), (asked!.State, asked.CorrectionRequest, asked.CorrectionRequestedBy));
        Assert.Contains($"訂正を依頼済みです（{reason}）", Html.Text(await staff.Client.GetPageAsync($"/staff/records/{Measure}/{year}")), StringComparison.Ordinal);
        Assert.DoesNotContain("訂正の依頼の確認へ", await staff.Client.GetPageAsync($"/staff/records/{Measure}/{year}"), StringComparison.Ordinal); // one request at a time

        // The planning office sees the request, and the reopening form carries its reason
        var review = await planning.Client.GetPageAsync($"/planning/records/{Measure}/{year}");
        Assert.Contains($"担当課から訂正の依頼があります（{staff.Email}", Html.Text(Html.Section(review, "correction-request", "div")), StringComparison.Ordinal);
        var reopen = $"/planning/records/{Measure}/{year}/reopen";
        Assert.Contains(new KeyValuePair<string, string>("reason", reason), HtmlForm.Fields(review, reopen));
        using (var first = await planning.Client.PostWithTokenAsync(reopen, HtmlForm.Token(review, reopen), HtmlForm.Fields(review, reopen)))
        {
            var confirm = await first.BodyAsync();
            using var reopened = await planning.Client.PostWithTokenAsync(reopen, HtmlForm.Token(confirm, reopen), HtmlForm.Fields(confirm, reopen));
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }

        var open = await portal.RecordAsync(Measure, year);
        Assert.Equal((RecordState.Returned, reason, null), (open!.State, open.CorrectionReason, open.CorrectionRequest));

        // The section corrects with the window closed; a colleague of the planning office approves
        await Journeys.SubmitEntriesAsync(staff, Measure, year, "98.31", "65.20");
        using var colleague = await portal.PlanningAsync();
        using (var approved = await Journeys.ApproveAsync(colleague, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var day = JapanCalendar.WarekiDate(JapanCalendar.Today(DateTimeOffset.UtcNow), weekday: false);
        var notes = Html.Text(Html.Section(await anonymous.GetPageAsync($"/measures/{Measure}"), "corrections", "ul"));
        Assert.Contains($"{day} 実績値を掲載: 地籍調査推進率 未確定 → 65.20%（{reason}）", notes, StringComparison.Ordinal);
        var rows = Csv.Rows((await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        Assert.Equal("65.20", rows.Single(r => r["指標コード"] == "M19-I02")["令和6年度実績"]);

        var history = Html.Text(await colleague.Client.GetPageAsync($"/planning/records/{Measure}/{year}/history"));
        Assert.Contains($"訂正の依頼\u3000 （{staff.Email}）", history, StringComparison.Ordinal);
        Assert.Contains($"訂正の依頼 （なし） {reason}", history, StringComparison.Ordinal);
        Assert.Contains("訂正のため再開", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_planning_office_declines_a_correction_request_with_a_reason_the_section_reads()
    {
        const int year = 2022;
        await portal.SetWindowAsync(year, open: true);
        await portal.SetRecordStateAsync(Measure, year, null);
        using var staff = await portal.StaffAsync(Section);
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();
        await Journeys.SubmitEntriesAsync(staff, Measure, year, "98.33", "64.90");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        const string request = "収納率を小数第3位まで載せたいため";
        using (var requested = await RequestCorrectionAsync(staff, year, request))
        {
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        }

        var url = $"/planning/records/{Measure}/{year}";
        var action = url + "/decline-correction";
        var review = await planning.Client.GetPageAsync(url);

        // Without a reason nothing changes
        using (var empty = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(review, action), HtmlForm.Fields(review, action).With("declineReason", "  ")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            Assert.Contains("訂正の依頼を見送る理由を入力してください。", Html.Text(await empty.BodyAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(request, (await portal.RecordAsync(Measure, year))!.CorrectionRequest);

        // The confirmation page first (nothing changes), then the decline
        const string reason = "計画の指標は小数第2位までで公表しているため";
        using (var first = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(review, action), HtmlForm.Fields(review, action).With("declineReason", reason)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var confirm = await first.BodyAsync();
            Assert.Contains(request, Html.Text(Html.Section(confirm, "decline-request", "p")), StringComparison.Ordinal);
            Assert.Contains(reason, Html.Text(Html.Section(confirm, "decline-reason", "p")), StringComparison.Ordinal);
            Assert.Equal(request, (await portal.RecordAsync(Measure, year))!.CorrectionRequest);
            using var declined = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(confirm, action), HtmlForm.Fields(confirm, action));
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        // Still approved and published as it was; the request is answered
        var record = await portal.RecordAsync(Measure, year);
        Assert.Equal((RecordState.Approved, null, null), (record!.State, record.CorrectionRequest, record.CorrectionReason));
        Assert.Contains("98.33%", Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}")), StringComparison.Ordinal);

        // The section reads the answer and may ask again
        var form = await staff.Client.GetPageAsync($"/staff/records/{Measure}/{year}");
        var notice = Html.Text(Html.Section(form, "correction-declined", "div"));
        Assert.Contains($"訂正の依頼（{request}）は、企画担当が", notice, StringComparison.Ordinal);
        Assert.Contains($"見送った理由: {reason}", notice, StringComparison.Ordinal);
        Assert.Contains("訂正の依頼の確認へ", form, StringComparison.Ordinal);

        // The history keeps the request and its answer
        var history = Html.Text(await planning.Client.GetPageAsync(url + "/history"));
        Assert.Contains($"訂正の依頼を見送り\u3000 （{planning.Email}）", history, StringComparison.Ordinal);
        Assert.Contains($"訂正の依頼 {request} （なし）", history, StringComparison.Ordinal);
        Assert.Contains($"訂正の依頼を見送った理由 （なし） {reason}", history, StringComparison.Ordinal);

        // A new request replaces the old answer on the section's page
        using (var again = await RequestCorrectionAsync(staff, year, "再度の依頼"))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.DoesNotContain("correction-declined", await staff.Client.GetPageAsync($"/staff/records/{Measure}/{year}"), StringComparison.Ordinal);
    }

    /// <summary>訂正の依頼 as a section member makes it: the reason, its confirmation page, then 「訂正を依頼する」.</summary>
    private async Task<HttpResponseMessage> RequestCorrectionAsync(SignedIn staff, int year, string reason)
    {
        var url = $"/staff/records/{Measure}/{year}";
        var action = url + "/correction-request";
        var form = await staff.Client.GetPageAsync(url);
        using var first = await staff.Client.PostWithTokenAsync(action, HtmlForm.Token(form, action), HtmlForm.Fields(form, action).With("reason", reason));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var confirm = await first.BodyAsync();
        Assert.Contains(reason, Html.Text(Html.Section(confirm, "request-reason", "p")), StringComparison.Ordinal);
        Assert.Null((await portal.RecordAsync(Measure, year))!.CorrectionRequest); // nothing asked yet
        return await staff.Client.PostWithTokenAsync(action, HtmlForm.Token(confirm, action), HtmlForm.Fields(confirm, action));
    }

    private async Task<HttpResponseMessage> ReopenAsync(SignedIn planning, string reason)
    {
        var review = await planning.Client.GetPageAsync($"/planning/records/{Measure}/2021");
        var action = $"/planning/records/{Measure}/2021/reopen";
        using var first = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(review, action), HtmlForm.Fields(review, action).With("reason", reason));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var confirm = await first.BodyAsync();
        Assert.Contains("訂正のための再開の確認", confirm, StringComparison.Ordinal);
        Assert.Equal(RecordState.Approved, (await portal.RecordAsync(Measure, 2021))!.State); // nothing changed yet
        return await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(confirm, action), HtmlForm.Fields(confirm, action));
    }

    private static Dictionary<string, string> CsvRow(string csv, string code) =>
        Csv.Rows(csv.TrimStart('\uFEFF')).Single(r => r["指標コード"] == code);

    /// <summary>The Atom feed's entries as a feed reader shows them: title, summary and link.</summary>
    private static async Task<List<(string Title, string Summary, string Link)>> FeedAsync(HttpClient anonymous)
    {
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = System.Xml.Linq.XDocument.Parse(await anonymous.GetStringAsync(new Uri("/opendata/feed.atom", UriKind.Relative)));
        return [.. feed.Root!.Elements(atom + "entry").Select(e => (
            (string?)e.Element(atom + "title") ?? string.Empty,
            (string?)e.Element(atom + "summary") ?? (string?)e.Element(atom + "content") ?? string.Empty,
            (string?)e.Elements(atom + "link").FirstOrDefault()?.Attribute("href") ?? string.Empty))];
    }
}
