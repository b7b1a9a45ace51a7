using System.Net;
using System.Text;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// The review page is the approval's confirmation (open → read → approve): it says what 「承認して公表する」 publishes,
/// including a 速報値, and posts the record's version, so a page read before the record changed publishes nothing.
/// 財政課's 実施施策17 (2 indicators), 令和5年度.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class ApprovalOnReviewPageTests(WorkflowPortal portal)
{
    private const int Measure = 17;
    private const int Year = 2023;
    private const string Bidding = "一般競争入札の導入";
    private const string Fund = "財政調整基金の積立額";
    private static readonly string Review = $"/planning/records/{Measure}/{Year}";

    [Fact]
    public async Task The_review_page_says_what_approval_publishes_and_one_click_on_it_publishes_it()
    {
        await portal.SetWindowAsync(Year, open: true);
        await portal.SetRecordStateAsync(Measure, Year, null);
        using var staff = await portal.StaffAsync("zaisei");
        await SubmitAsync(staff, "30", "1580", preliminaryFund: true);
        using var planning = await portal.PlanningAsync();

        // Before approval the report (submitted values) already says which value is a 速報値.
        var report = Csv.Rows(Encoding.UTF8.GetString(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/csv?year={Year}", UriKind.Relative))).TrimStart('\uFEFF'));
        Assert.Equal("速報値", Assert.Single(report, r => r["成果指標"] == Fund)["実績の状態"]);
        Assert.Equal("確定", Assert.Single(report, r => r["成果指標"] == Bidding)["実績の状態"]);

        var page = await planning.Client.GetPageAsync(Review);
        var text = Html.Text(Html.Section(page, "approve", "section"));
        Assert.Contains("承認すると公表される内容", text, StringComparison.Ordinal);
        Assert.Contains("公開ページ（実施施策17のページ、計画の進み具合）とオープンデータに掲載", text, StringComparison.Ordinal);
        Assert.Contains("市民のだれもが見られるようになります。押すまでは公開されません。", text, StringComparison.Ordinal);
        Assert.Contains("想定どおりに進んでいるかの言葉で表示します", text, StringComparison.Ordinal);
        Assert.Contains($"速報値: 「{Fund}」の実績値は「速報値」と表示して公表します。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bidding, text, StringComparison.Ordinal);
        Assert.Contains("施策の評価:", text, StringComparison.Ordinal);
        Assert.Contains("2件中2件を評価", text, StringComparison.Ordinal);
        Assert.Contains("PDCAの記録（取組実績・自己評価・改善）は公開ページには載りません", text, StringComparison.Ordinal);
        Assert.Contains("1,580百万円（速報値）", Html.Text(page), StringComparison.Ordinal);
        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, Year))!.State);

        // An old link to the former confirmation page lands on the review page.
        using (var bookmark = await planning.Client.GetAsync(new Uri(Review + "/approve", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, bookmark.StatusCode);
            Assert.Equal(Review, bookmark.Headers.Location?.OriginalString);
        }

        var action = Review + "/approve";
        using (var approved = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action)))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(RecordState.Approved, (await portal.RecordAsync(Measure, Year))!.State);
        using var anonymous = portal.Anonymous();
        var row = Html.Text(Html.Section(await anonymous.GetPageAsync($"/measures/{Measure}"), "indicator-M17-I02", "tr"));
        Assert.Matches(@"1,580百万円\s*（速報値）", row);

        // The next year's entry workbook says last year's value is a 速報値 beside it.
        var nextYearOpen = await portal.WithDbAsync(db => db.EntryWindows.AnyAsync(w => w.FiscalYear == Year + 1 && w.IsOpen));
        await portal.SetWindowAsync(Year + 1, open: true);
        try
        {
            var workbook = await TestWorkbook.DownloadAsync(staff.Client, "zaisei", Year + 1);
            var sheet = workbook.Rows("実績");
            Assert.Equal("承認済（速報値）", sheet[workbook.RowOf("実績", "C", "M17-I02") - 1]["I"]);
            Assert.Equal("承認済", sheet[workbook.RowOf("実績", "C", "M17-I01") - 1]["I"]);
        }
        finally
        {
            await portal.SetWindowAsync(Year + 1, open: nextYearOpen);
        }
    }

    [Fact]
    public async Task Approving_from_a_page_read_before_the_record_changed_is_refused_and_publishes_nothing()
    {
        await portal.SetWindowAsync(Year, open: true);
        await portal.SetRecordStateAsync(Measure, Year, null);
        using var staff = await portal.StaffAsync("zaisei");
        await SubmitAsync(staff, "30", "1580", preliminaryFund: false);
        using var planning = await portal.PlanningAsync();
        var stale = await planning.Client.GetPageAsync(Review);

        // Meanwhile a colleague returns it and the section resubmits another value.
        using var colleague = await portal.PlanningAsync();
        using (var returned = await Journeys.ReturnAsync(colleague, Measure, Year, "積立額を確認してください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        await SubmitAsync(staff, "30", "1590", preliminaryFund: false);

        var action = Review + "/approve";
        using (var refused = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(stale, action), HtmlForm.Fields(stale, action)))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var text = Html.Text(await refused.BodyAsync());
            Assert.Contains("ほかの人が先にこの記録を変更しました", text, StringComparison.Ordinal);
            Assert.Contains("下に表示している最新の内容を確認してから、もう一度操作してください。", text, StringComparison.Ordinal);
            Assert.Contains("1,590百万円", text, StringComparison.Ordinal);
        }

        var record = (await portal.RecordAsync(Measure, Year))!;
        Assert.Equal(RecordState.Submitted, record.State);
        Assert.Null(record.ApprovedAt);
        using var anonymous = portal.Anonymous();
        Assert.DoesNotContain("1,590百万円", Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}")), StringComparison.Ordinal);
    }

    private static async Task SubmitAsync(SignedIn staff, string bidding, string fund, bool preliminaryFund)
    {
        var form = await StaffEntryTests.FormAsync(staff, Year, Measure);
        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, Year, StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", bidding).With("Form.Values[0].Preliminary", "false")
            .With("Form.Values[1].Value", fund).With("Form.Values[1].Preliminary", preliminaryFund ? "true" : "false")
            .With("Form.DoText", "入札制度の見直しを進めた。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "概ね計画どおり。")
            .With("Form.ActionText", "来年度も継続する。"));
    }
}
