using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.PlanAdministration;

/// <summary>
/// Editing the plan in the app, through the real pages with real accounts: what the public then reads,
/// what the audit trail keeps, what refused input leaves behind (nothing), and who may not edit.
/// Each test works on its own indicators of one portal, so they can share it.
/// </summary>
public sealed class PlanEditingTests(WorkflowPortal portal) : IClassFixture<WorkflowPortal>
{
    /// <summary>The fiscal year in Japan now: revision notes are dated by it.</summary>
    private static string ThisFiscalYear => FiscalYear.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))).ToWareki();

    [Fact]
    public async Task An_edited_target_is_shown_publicly_with_its_revision_note_and_kept_in_the_audit_trail()
    {
        using var anonymous = portal.Anonymous();
        var before = await anonymous.GetPageAsync("/measures/3"); // now in the output cache
        Assert.Contains("120人", Html.Text(before), StringComparison.Ordinal);
        using var planning = await portal.PlanningAsync();

        using var response = await PostGoalAsync(planning, "M03-I01", target: "１３０", direction: "Increase", reason: "国の補助要件の見直しにより上方修正");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/plan/edit/measures/3", response.Headers.Location?.OriginalString);
        var page = Html.Text(await anonymous.GetPageAsync("/measures/3"));
        Assert.Contains($"{ThisFiscalYear}に目標値を変更（有害鳥獣捕獲従事者数: 120人 → 130人）: 国の補助要件の見直しにより上方修正", page, StringComparison.Ordinal);
        var row = Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/3"), "indicator-M03-I01", "tr"));
        Assert.Contains("130人", row, StringComparison.Ordinal);
        Assert.Contains("計画書の表記: 120人", row, StringComparison.Ordinal);

        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "plan.indicator.goal" && a.EntityKey == "M03-I01"));
        Assert.Equal(planning.Email, audit.Actor);
        Assert.Equal(120m, TargetIn(audit.Before));
        Assert.Equal(130m, TargetIn(audit.After));
        Assert.Contains("国の補助要件の見直しにより上方修正", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_project_is_renamed_publicly_with_its_revision_note_and_a_change_without_reason_is_refused()
    {
        using var planning = await portal.PlanningAsync();
        const string url = "/admin/plan/edit/projects/M16-P01";
        var form = await planning.Client.GetPageAsync(url);
        Assert.Contains("事務事業 M16-P01 の編集", form, StringComparison.Ordinal);

        using (var refused = await planning.Client.PostWithTokenAsync(url, HtmlForm.Token(form, url), [new("Name", "行政業務システムの更新"), new("Section", ""), new("BudgetCode", ""), new("Reason", "")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("変更の理由を入力してください。", Html.Text(await refused.BodyAsync()), StringComparison.Ordinal);
        }

        Assert.Equal("行政業務システムの整備", await portal.WithDbAsync(db => db.Projects.Where(p => p.Code == "M16-P01").Select(p => p.Name).SingleAsync()));
        using var response = await planning.Client.PostWithTokenAsync(url, HtmlForm.Token(form, url),
            [new("Name", "行政業務システムの更新"), new("Section", "zaisei"), new("BudgetCode", "02-01-05-001"), new("Reason", "基幹系システムの標準化に合わせて名称を改めた")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/plan/edit/measures/16", response.Headers.Location?.OriginalString);
        using var anonymous = portal.Anonymous();
        var page = Html.Text(await anonymous.GetPageAsync("/measures/16"));
        Assert.Contains("行政業務システムの更新", page, StringComparison.Ordinal);
        Assert.Contains($"{ThisFiscalYear}に事務事業を変更（「行政業務システムの整備」の名称・担当課・予算事業コード（新しい名称「行政業務システムの更新」））: 基幹系システムの標準化に合わせて名称を改めた", page, StringComparison.Ordinal);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "plan.project.edit" && a.EntityKey == "M16-P01"));
        Assert.Contains("\"BudgetCode\":\"02-01-05-001\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Section\":\"zaisei\"", audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "Increase", "理由あり", "目標値: 数値として読み取れません")]
    [InlineData("900", "Increase", "", "変更の理由を入力してください。")]
    [InlineData("600", "Increase", "理由あり", "「増加を目指す」指標の目標値は基準値より大きくしてください。")]
    [InlineData("900", "Sideways", "理由あり", "目標の方向を選んでください。")]
    [InlineData("800", "Increase", "理由あり", "変更された項目がありません。")]
    public async Task An_invalid_goal_edit_is_shown_again_with_its_message_and_changes_nothing(string target, string direction, string reason, string message)
    {
        using var planning = await portal.PlanningAsync();

        using var response = await PostGoalAsync(planning, "M03-I02", target, direction, reason);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Html.Text(await response.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(800m, await portal.WithDbAsync(db => db.Indicators.Where(i => i.Code == "M03-I02").Select(i => i.TargetValue).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityKey == "M03-I02")));
        Assert.False(await portal.WithDbAsync(db => db.RevisionNotes.AnyAsync(n => n.IndicatorCode == "M03-I02")));
    }

    [Fact]
    public async Task A_year_target_off_the_way_to_the_target_is_refused_beside_its_year()
    {
        using var admin = await portal.AdminAsync();

        using var response = await PostGoalAsync(admin, "M03-I02", "800", "Increase", "年度別目標値の設定", ("2021", "900"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("令和3年度の目標値は、基準値から最終目標値の方向に進んだ", Html.Text(await response.BodyAsync()), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.IndicatorYearTargets.AnyAsync(t => t.Indicator!.Code == "M03-I02")));
    }

    [Fact]
    public async Task A_year_target_set_after_approval_keeps_the_published_rating_beside_the_new_one()
    {
        // M03-I03 野焼きボランティア受入牧野割合 57% → 70%: the straight path expects 60.25% in R3, so 58% is D.
        await Records.AddAsync(portal.Factory, 3, 2021, RecordState.Approved, "M03-I03", 58m);
        using var anonymous = portal.Anonymous();
        Assert.Contains("D 遅れ", Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/3"), "indicator-M03-I03", "tr")), StringComparison.Ordinal);
        using var planning = await portal.PlanningAsync();

        using var response = await PostGoalAsync(planning, "M03-I03", "70", "Increase", "初年度は準備期間のため段階的な目標とする", ("2021", "58"), ("2022", "62"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await anonymous.GetPageAsync("/measures/3");
        var row = Html.Text(Html.Section(page, "indicator-M03-I03", "tr"));
        // What R3 showed stays: 公表時の評価 D, with today's A beside it and a link to the revision note
        Assert.Contains("58% 公表時の評価 D 遅れ", row, StringComparison.Ordinal);
        Assert.Contains("変更後の目標による評価 A 順調", row, StringComparison.Ordinal);
        Assert.Contains("年度別目標値: R3 58%、R4 62%", row, StringComparison.Ordinal);
        var csv = Csv.Rows((await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        Assert.Equal("D", csv.Single(r => r["指標コード"] == "M03-I03")["令和3年度評価"]); // open data keeps what was published
        Assert.Equal("D", Progress.TallyCells.Read(await anonymous.GetPageAsync("/progress?year=2021"), "public-whole", "全指標") is { D: > 0 } ? "D" : "none");
        Assert.Contains($"{ThisFiscalYear}に年度別目標値を設定（野焼きボランティア受入牧野割合: R3 58%、R4 62%）", Html.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_editing_pages_lead_back_through_breadcrumbs_like_the_other_work_pages()
    {
        using var planning = await portal.PlanningAsync();

        var start = Html.Breadcrumbs(await planning.Client.GetPageAsync("/admin/plan/edit"));
        var goal = Html.Breadcrumbs(await planning.Client.GetPageAsync("/admin/plan/edit/indicators/M07-I01/goal"));

        Assert.Contains("href=\"/account\">マイページ<", start, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">計画の編集<", start, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/plan/edit\">計画の編集<", goal, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/plan/edit/measures/7\">実施施策7<", goal, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">M07-I01<", goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_open_or_post_plan_edits_even_for_their_own_measure()
    {
        using var staff = await portal.StaffAsync("kyoiku");
        var token = FormPosting.AntiforgeryToken(await staff.Client.GetPageAsync("/account"));

        using var page = await staff.Client.GetAsync(new Uri("/admin/plan/edit/indicators/M07-I01/goal", UriKind.Relative));
        using var post = await staff.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M07-I01/goal", token, [new("TargetValue", "90"), new("Direction", "Increase"), new("Reason", "職員による変更")]);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(85m, await portal.WithDbAsync(db => db.Indicators.Where(i => i.Code == "M07-I01").Select(i => i.TargetValue).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityKey == "M07-I01")));
    }

    [Fact]
    public async Task An_indicator_with_actuals_cannot_be_deleted_only_retired_and_then_leaves_the_entry_form()
    {
        await Records.AddAsync(portal.Factory, 7, 2021, RecordState.Approved, "M07-I02", 96m);
        using var planning = await portal.PlanningAsync();
        var removal = await planning.Client.GetPageAsync("/admin/plan/edit/indicators/M07-I02/remove");
        Assert.DoesNotContain("/admin/plan/edit/indicators/M07-I02/delete", removal, StringComparison.Ordinal);

        using var delete = await planning.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M07-I02/delete", HtmlForm.Token(removal, "/admin/plan/edit/indicators/M07-I02/retire"), [new("Reason", "不要になったため")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, delete.StatusCode);
        Assert.Contains("入力済みの実績値があるため削除できません", Html.Text(await delete.BodyAsync()), StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Code == "M07-I02")));

        using var tooEarly = await planning.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M07-I02/retire", HtmlForm.Token(removal, "/admin/plan/edit/indicators/M07-I02/retire"), [new("FromFiscalYear", "2021"), new("Reason", "測定方法の廃止")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Contains("令和3年度の実績がすでに入力されています。廃止する年度は令和4年度以降にしてください。", Html.Text(await tooEarly.BodyAsync()), StringComparison.Ordinal);

        using var retire = await planning.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M07-I02/retire", HtmlForm.Token(removal, "/admin/plan/edit/indicators/M07-I02/retire"), [new("FromFiscalYear", "2022"), new("Reason", "県の調査が終了したため")]);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);

        using var anonymous = portal.Anonymous();
        var page = await anonymous.GetPageAsync("/measures/7");
        var row = Html.Text(Html.Section(page, "indicator-M07-I02", "tr"));
        Assert.Contains("令和4年度から廃止", row, StringComparison.Ordinal);
        Assert.Contains("96%", row, StringComparison.Ordinal); // the value reported before stays
        Assert.Contains($"{ThisFiscalYear}に指標を廃止（英検等受験率の割合(小学校第5・6学年及び中学校生徒): 令和4年度から測定しません）: 県の調査が終了したため", Html.Text(page), StringComparison.Ordinal);

        await portal.SetWindowAsync(2022, open: true);
        await portal.SetWindowAsync(2021, open: true);
        using var staff = await portal.StaffAsync("kyoiku");
        Assert.DoesNotContain("英検等受験率", Html.Text(await staff.Client.GetPageAsync("/staff/records/7/2022")), StringComparison.Ordinal);
        Assert.Contains("英検等受験率", Html.Text(await staff.Client.GetPageAsync("/staff/records/7/2021")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_drill_down_marks_a_retired_indicator_as_the_public_page_does_instead_of_not_entered()
    {
        // M09-I01 人権啓発活動数 (34回 → 40回), reported for 令和3年度 and retired from 令和4年度.
        await Records.AddAsync(portal.Factory, 9, 2021, RecordState.Approved, "M09-I01", 36m);
        await Records.AddAsync(portal.Factory, 9, 2022, RecordState.Submitted, "M09-I02", 80m);
        using var planning = await portal.PlanningAsync();
        var removal = await planning.Client.GetPageAsync("/admin/plan/edit/indicators/M09-I01/remove");
        using var retire = await planning.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M09-I01/retire", HtmlForm.Token(removal, "/admin/plan/edit/indicators/M09-I01/retire"), [new("FromFiscalYear", "2022"), new("Reason", "啓発事業を再編したため")]);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);

        var html = await planning.Client.GetPageAsync("/planning/dashboard/measures/9");
        const string Name = "学習会や研修会、広報誌の掲載等の人権啓発活動数";
        var plan = Row(Html.Section(html, "plan-caption", "table"), Name);
        var reported = Row(Html.Section(html, "year-2021", "section"), Name);
        var retired = Row(Html.Section(html, "year-2022", "section"), Name);
        var other = Row(Html.Section(html, "year-2022", "section"), "研修会への参加や指導研修");

        Assert.Contains("令和4年度から廃止（測定を終了）", plan, StringComparison.Ordinal);
        Assert.Equal(4, plan.Split("廃止").Length - 1); // the badge, then 令和4–6年度 instead of an expected value
        Assert.Contains("36回", reported, StringComparison.Ordinal);
        Assert.DoesNotContain("未評価", reported, StringComparison.Ordinal);
        Assert.Contains("廃止", retired.Replace("令和4年度から廃止（測定を終了）", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("未入力", retired, StringComparison.Ordinal);
        Assert.DoesNotContain("未評価", retired, StringComparison.Ordinal);
        Assert.Contains("80回", other, StringComparison.Ordinal);
    }

    /// <summary>The visible text of the table row (in this part of a page) that starts with the indicator's name.</summary>
    private static string Row(string html, string indicatorName) =>
        Assert.Single(html.Split("<tr").Skip(1).Select(row => Html.Text("<tr" + row).Trim()), row => row.StartsWith(indicatorName, StringComparison.Ordinal));

    [Fact]
    public async Task An_indicator_without_actuals_can_be_deleted_and_the_note_stays()
    {
        using var admin = await portal.AdminAsync();
        var removal = await admin.Client.GetPageAsync("/admin/plan/edit/indicators/M07-I03/remove");

        using var response = await admin.Client.PostWithTokenAsync("/admin/plan/edit/indicators/M07-I03/delete", HtmlForm.Token(removal, "/admin/plan/edit/indicators/M07-I03/delete"), [new("Reason", "指標の重複を整理")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Code == "M07-I03")));
        using var anonymous = portal.Anonymous();
        var page = await anonymous.GetPageAsync("/measures/7");
        Assert.DoesNotContain("id=\"indicator-M07-I03\"", page, StringComparison.Ordinal);
        Assert.Contains($"{ThisFiscalYear}に指標を削除（体育施設利用者数）: 指標の重複を整理", Html.Text(page), StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "plan.indicator.delete" && a.EntityKey == "M07-I03" && a.Actor == admin.Email)));
    }

    [Fact]
    public async Task An_added_indicator_appears_on_the_public_page_and_in_the_entry_form()
    {
        using var planning = await portal.PlanningAsync();
        var form = await planning.Client.GetPageAsync("/admin/plan/edit/measures/12/indicators/new");
        var action = "/admin/plan/edit/measures/12/indicators/new";

        using var response = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(form, action), HtmlForm.Fields(form, action)
            .With("Name", "オンライン診療の利用件数").With("Unit", "件").With("Decimals", "0")
            .With("BaselineFiscalYear", "2020").With("BaselineValue", "１，２００").With("TargetValue", "3000")
            .With("Direction", "Increase").With("Reason", "オンライン診療の開始に合わせて追加"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = await portal.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Name == "オンライン診療の利用件数"));
        Assert.Equal(1200m, added.BaselineValue);
        Assert.StartsWith("M12-I", added.Code, StringComparison.Ordinal);
        using var anonymous = portal.Anonymous();
        var row = Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/12"), $"indicator-{added.Code}", "tr"));
        Assert.Contains("1,200件", row, StringComparison.Ordinal);
        Assert.Contains("3,000件", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_text_edit_is_refused_without_a_title_and_otherwise_noted_on_the_public_policy_page()
    {
        using var admin = await portal.AdminAsync();
        const string action = "/admin/plan/edit/policies/6";
        var form = await admin.Client.GetPageAsync(action);
        var titleBefore = HtmlForm.Value(HtmlForm.Fields(form, action), "Title");

        using var refused = await admin.Client.PostWithTokenAsync(action, HtmlForm.Token(form, action), HtmlForm.Fields(form, action).With("Title", " ").With("Reason", "表記の統一"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("政策の名称を入力してください。", Html.Text(await refused.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(titleBefore, await portal.WithDbAsync(db => db.Policies.Where(p => p.Number == 6).Select(p => p.Title).SingleAsync()));

        using var saved = await admin.Client.PostWithTokenAsync(action, HtmlForm.Token(form, action), HtmlForm.Fields(form, action).With("Subtitle", "（誰もが安心して暮らせるまちへ）").With("Reason", "表記の統一"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var anonymous = portal.Anonymous();
        var page = Html.Text(await anonymous.GetPageAsync("/policies/6"));
        Assert.Contains("（誰もが安心して暮らせるまちへ）", page, StringComparison.Ordinal);
        Assert.Contains($"{ThisFiscalYear}に政策の文章を変更（政策6「安心」の副題）: 表記の統一", page, StringComparison.Ordinal);
    }

    private static decimal TargetIn(string? snapshot)
    {
        using var json = System.Text.Json.JsonDocument.Parse(snapshot!);
        return json.RootElement.GetProperty("TargetValue").GetDecimal();
    }

    internal static async Task<HttpResponseMessage> PostGoalAsync(SignedIn editor, string code, string target, string direction, string reason, params (string Year, string Value)[] yearTargets)
    {
        var action = $"/admin/plan/edit/indicators/{code}/goal";
        var page = await editor.Client.GetPageAsync(action);
        var fields = HtmlForm.Fields(page, action).With("TargetValue", target).With("Direction", direction).With("Reason", reason);
        foreach (var (year, value) in yearTargets)
        {
            var index = fields.First(f => f.Key.EndsWith(".FiscalYear", StringComparison.Ordinal) && f.Value == year).Key.Split('.')[0];
            fields = fields.With($"{index}.Value", value);
        }

        return await editor.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), fields);
    }
}
