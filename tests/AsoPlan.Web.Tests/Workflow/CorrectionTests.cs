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

        // Until the correction is approved, the public sees what was published
        var meanwhile = Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}"));
        Assert.Contains("98.32%", meanwhile, StringComparison.Ordinal);
        Assert.DoesNotContain("98.36%", meanwhile, StringComparison.Ordinal);

        using var colleague = await portal.PlanningAsync();
        var confirm = Html.Text(await colleague.Client.GetPageAsync($"/planning/records/{Measure}/2021/approve"));
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
        Assert.Contains("98.36% （訂正済）", row, StringComparison.Ordinal);
        var notes = Html.Text(Html.Section(page, "corrections", "ul"));
        Assert.Contains(corrected, notes, StringComparison.Ordinal);
        Assert.Contains(filled, notes, StringComparison.Ordinal);

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
}
