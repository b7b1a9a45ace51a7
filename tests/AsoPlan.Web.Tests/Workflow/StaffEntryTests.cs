using System.Net;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

[Collection(WorkflowTests.Name)]
public sealed class StaffEntryTests(WorkflowPortal portal)
{
    private const int Measure = 3; // 農政課: 6 indicators (人, 頭, %, 人, 人, %)
    private const string Section = "nosei";

    [Fact]
    public async Task Staff_home_lists_the_sections_measures_by_year_with_state_and_window()
    {
        await portal.SetWindowAsync(2021, open: true);
        using var staff = await portal.StaffAsync(Section);

        var html = await staff.Client.GetPageAsync("/staff");

        Assert.Contains("実績の入力（農政課）", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/records/3/2021\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/records/3/2024\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/staff/records/4/", html, StringComparison.Ordinal); // 観光課's measure
        Assert.Contains("令和3年度</strong>:", html, StringComparison.Ordinal);
        Assert.Contains("受付中", html, StringComparison.Ordinal);
        Assert.Contains("受付期間外", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_width_input_with_the_indicators_own_unit_is_saved_as_a_draft_and_shown_with_its_achievement()
    {
        await portal.SetWindowAsync(2022, open: true);
        using var staff = await portal.StaffAsync(Section);
        var form = await FormAsync(staff, 2022);

        using var response = await staff.Client.PostWithTokenAsync("/staff/records/3/2022/save", Token(form), Fields(form)
            .With("Form.Values[0].Value", "１１０人")
            .With("Form.Values[2].Value", "８５．５％")
            .With("Form.Values[1].NotAvailable", "true")
            .With("Form.Values[1].NotAvailableReason", "県の集計が未公表")
            .With("Form.DoText", "<script>alert(1)</script>研修を実施した。"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/records/3/2022", response.Headers.Location?.OriginalString);
        var record = await portal.RecordAsync(Measure, 2022);
        Assert.Equal(RecordState.Draft, record!.State);
        Assert.Equal(110m, record.Values.Single(v => v.Indicator!.Code == "M03-I01").Value);
        Assert.Equal(85.5m, record.Values.Single(v => v.Indicator!.Code == "M03-I03").Value);
        Assert.Equal("県の集計が未公表", record.Values.Single(v => v.Indicator!.Code == "M03-I02").NotAvailableReason);

        var page = await staff.Client.GetPageAsync("/staff/records/3/2022");
        Assert.Equal(1, Occurrences(page, "下書きを保存しました。")); // the flash once, not again from the layout
        Assert.Equal(1, Occurrences(page, "class=\"alert alert-success\""));
        Assert.Contains("value=\"110\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"85.5\"", page, StringComparison.Ordinal);
        Assert.Contains("保存済みの実績 110人 の達成度", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;研修を実施した。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "数値として読み取れません。")]
    [InlineData("NaN", "数値として読み取れません。")]
    [InlineData("1e999", "数値として読み取れません。")]
    [InlineData("<script>alert(1)</script>", "数値として読み取れません。")]
    [InlineData("<script>alert(\"数値\")</script>１２３", "数値は30文字以内で入力してください。")]
    [InlineData("12.5", "人の値は整数で入力してください。")]
    [InlineData("１１０ｋｍ", "単位は入力不要です（単位: 人）")]
    public async Task Unreadable_numbers_are_refused_beside_the_field_and_nothing_is_stored(string typed, string message)
    {
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await FormAsync(staff, 2023);

        using var response = await staff.Client.PostWithTokenAsync("/staff/records/3/2023/save", Token(form), Fields(form)
            .With("Form.Values[0].Value", typed)
            .With("Form.Values[2].Value", "50")
            .With("Form.DoText", "保存されてはいけない"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains($"id=\"Form_Values_0__Value-error\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        // The summary above the form names the field in words and links to the input itself.
        var summary = Html.Section(html, "error-summary", "div");
        Assert.Contains("<a href=\"#Form_Values_0__Value\">", summary, StringComparison.Ordinal);
        Assert.Contains("（実績値）</a>: " + System.Net.WebUtility.HtmlEncode(message), summary, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Values_0__Value\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("何も保存されていません", html, StringComparison.Ordinal);
        Assert.Contains("保存されてはいけない", html, StringComparison.Ordinal); // the input is kept
        Assert.Null(await portal.RecordAsync(Measure, 2023));
    }

    [Fact]
    public async Task Ten_thousand_characters_are_refused_and_a_stored_draft_stays_as_it_was()
    {
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await FormAsync(staff, 2023);
        using (var first = await staff.Client.PostWithTokenAsync("/staff/records/3/2023/save", Token(form), Fields(form).With("Form.ActionText", "最初の方向性")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        form = await FormAsync(staff, 2023);
        using var response = await staff.Client.PostWithTokenAsync("/staff/records/3/2023/save", Token(form), Fields(form)
            .With("Form.ActionText", new string('あ', 10_000))
            .With("Form.Values[0].Value", "120"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("改善・今後の方向性（Action）は4,000文字以内で入力してください（現在10,000文字）。", await response.BodyAsync(), StringComparison.Ordinal);
        var record = await portal.RecordAsync(Measure, 2023);
        Assert.Equal("最初の方向性", record!.ActionText);
        Assert.Empty(record.Values);
    }

    [Fact]
    public async Task Incomplete_submission_lists_what_is_missing_and_stores_nothing()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await FormAsync(staff, 2021);

        using var response = await staff.Client.PostWithTokenAsync("/staff/records/3/2021/save", Token(form), Fields(form).With("Form.Values[0].Value", "110").With("next", "confirm"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("まだ提出できません。", html, StringComparison.Ordinal);
        Assert.Contains("の実績値か、未確定の理由を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("取組実績（Do）を入力してください。", html, StringComparison.Ordinal);
        Assert.Null(await portal.RecordAsync(Measure, 2021));
    }

    [Fact]
    public async Task Complete_submission_locks_the_form_until_the_planning_office_returns_it()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await FormAsync(staff, 2021);

        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, 2021, Token(form), Complete(Fields(form), indicators: 6));

        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2021))!.State);
        var page = await staff.Client.GetPageAsync("/staff/records/3/2021");
        Assert.Contains("提出済のため、企画担当の確認が終わるまで変更できません。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("formaction=", page, StringComparison.Ordinal);
        using var again = await staff.Client.PostWithTokenAsync("/staff/records/3/2021/save", Token(form), Fields(form).With("Form.DoText", "提出後の変更"));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.NotEqual("提出後の変更", (await portal.RecordAsync(Measure, 2021))!.DoText);
    }

    [Fact]
    public async Task Closed_window_shows_the_record_read_only_and_refuses_posts()
    {
        await portal.SetWindowAsync(2024, open: false);
        using var staff = await portal.StaffAsync(Section);
        var page = await staff.Client.GetPageAsync("/staff/records/3/2024");
        var token = FormPosting.AntiforgeryToken(page); // the layout's sign-out form

        Assert.Contains("この年度は入力の受付期間外のため、閲覧のみできます。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.DoText\"", page, StringComparison.Ordinal);
        using var response = await staff.Client.PostWithTokenAsync("/staff/records/3/2024/save", token, [new("Form.DoText", "期間外の入力")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await portal.RecordAsync(Measure, 2024));
    }

    [Fact]
    public async Task A_relative_target_is_shown_with_the_number_it_resolves_to()
    {
        using var staff = await portal.StaffAsync("seisaku-bosai"); // 実施施策18: 乗合タクシー 3,432人 → 10%向上

        var page = await staff.Client.GetPageAsync("/staff/records/18/2024");

        Assert.Contains("10%向上（3,776人）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_sections_record_is_forbidden_and_an_unknown_one_is_not_found()
    {
        using var staff = await portal.StaffAsync(Section);

        await staff.Client.GetPageAsync("/staff/records/4/2021", HttpStatusCode.Forbidden);
        await staff.Client.GetPageAsync("/staff/records/99/2021", HttpStatusCode.NotFound);
        await staff.Client.GetPageAsync("/staff/records/3/2019", HttpStatusCode.NotFound);
    }

    internal static async Task<string> FormAsync(SignedIn staff, int year, int measure = Measure) =>
        await staff.Client.GetPageAsync($"/staff/records/{measure}/{year}");

    internal static string Token(string html) => HtmlForm.Token(html, "/staff/records/");

    internal static List<KeyValuePair<string, string>> Fields(string html) =>
        HtmlForm.Fields(html, "/staff/records/");

    /// <summary>Every indicator with a value and every PDCA part written: ready to submit.</summary>
    internal static List<KeyValuePair<string, string>> Complete(List<KeyValuePair<string, string>> fields, int indicators)
    {
        for (var i = 0; i < indicators; i++)
        {
            fields = fields.With($"Form.Values[{i}].Value", (40 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return fields
            .With("Form.DoText", "捕獲従事者の研修を実施した。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "概ね計画どおり。")
            .With("Form.ActionText", "若手の確保を進める。");
    }

    private static int Occurrences(string html, string text) => html.Split(text).Length - 1;
}
