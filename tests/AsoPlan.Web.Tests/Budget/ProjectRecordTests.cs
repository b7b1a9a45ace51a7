using System.Net;
using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Budget;

/// <summary>
/// A project's year (事務事業評価) through the real record workflow: entered on the measure's form with the values' input
/// rules, refused whole when wrong, required complete on submission once started, approved with the record, and costed
/// with the planning office's 単価. Measure 15 (水道課) has 10 projects; its first is M15-P01.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class ProjectRecordTests(WorkflowPortal portal)
{
    private const int Measure = 15;
    private const string Section = "suido";
    private const string Url = "/staff/records/15/";

    [Fact]
    public async Task A_project_year_typed_with_full_width_digits_is_saved_and_costed_with_the_years_unit_cost()
    {
        const int year = 2021;
        await portal.SetWindowAsync(year, open: true);
        await SetUnitCostAsync(year, "８，０００");
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync(Url + year);
        Assert.Contains("事務事業の評価（令和3年度）", form, StringComparison.Ordinal);
        Assert.Contains("1人工あたり 8,000千円", form, StringComparison.Ordinal);

        using var response = await staff.Client.PostWithTokenAsync(Url + year + "/save", StaffEntryTests.Token(form), Project(StaffEntryTests.Fields(form), 0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single((await portal.RecordAsync(Measure, year))!.Projects);
        Assert.Equal(
            (12000m, (decimal?)-500m, (decimal?)11200m, (decimal?)5600m, (decimal?)4000m, (decimal?)1600m, (decimal?)0.5m, "補修した橋梁数", (decimal?)3m, (ProjectDirection?)ProjectDirection.Reduce),
            (stored.InitialBudget!.Value, stored.SupplementaryBudget, stored.Settlement, stored.NationalFunds, stored.LocalBonds, stored.GeneralFunds, stored.StaffEffort, stored.Activity1Name!, stored.Activity1Actual, stored.Direction));
        Assert.Equal("M15-P01", stored.Project!.Code);

        var page = await staff.Client.GetPageAsync(Url + year);
        Assert.Contains("保存済み: 人件費 4,000千円 ／ トータルコスト（決算額＋人件費） 15,200千円", Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("value=\"11200\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_funding_that_does_not_add_up_or_a_bad_number_is_refused_naming_the_field_and_nothing_is_stored()
    {
        const int year = 2022;
        await portal.SetWindowAsync(year, open: true);
        await portal.SetRecordStateAsync(Measure, year, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync(Url + year);

        using var response = await staff.Client.PostWithTokenAsync(Url + year + "/save", StaffEntryTests.Token(form), Project(StaffEntryTests.Fields(form), 1)
            .With("Form.Projects[1].GeneralFunds", "1,500")
            .With("Form.Projects[2].ProjectId", ProjectIdOf(form, 2))
            .With("Form.Projects[2].StaffEffort", "約0.5")
            .With("Form.DoText", "保存されてはいけない"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = Html.Text(await response.BodyAsync());
        Assert.Contains("入力内容に誤りがあります（何も保存されていません）", text, StringComparison.Ordinal);
        Assert.Contains("事務事業「漏水調査事業」（財源内訳（一般財源）） : 財源内訳の合計（11,100千円）が決算額（11,200千円）と一致しません（差 100千円）", text, StringComparison.Ordinal);
        Assert.Contains("事務事業「債権管理要綱策定」（人工） : 人工: 数値として読み取れません。", text, StringComparison.Ordinal);
        Assert.Null(await portal.RecordAsync(Measure, year));
    }

    [Fact]
    public async Task A_started_project_must_be_complete_to_submit_and_is_approved_and_audited_with_the_record()
    {
        const int year = 2023;
        await portal.SetWindowAsync(year, open: true);
        await portal.SetRecordStateAsync(Measure, year, null);
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync(Url + year);
        var fields = StaffEntryTests.Complete(StaffEntryTests.Fields(form), 4)
            .With("Form.Projects[0].Settlement", "1000");

        using (var refused = await staff.Client.PostWithTokenAsync(Url + year + "/save", StaffEntryTests.Token(form), fields.With("next", "confirm")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var text = Html.Text(await refused.BodyAsync());
            Assert.Contains("まだ提出できません", text, StringComparison.Ordinal);
            Assert.Contains("の当初予算額を入力してください", text, StringComparison.Ordinal);
            Assert.Contains("の今後の方向性を選んでください。", text, StringComparison.Ordinal);
        }

        Assert.Null(await portal.RecordAsync(Measure, year));
        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, year, StaffEntryTests.Token(form), Project(fields, 0));
        using var planning = await portal.PlanningAsync();
        var review = await planning.Client.GetPageAsync($"/planning/records/{Measure}/{year}");
        Assert.Contains("事務事業の評価", review, StringComparison.Ordinal);
        Assert.Contains("11,200千円", review, StringComparison.Ordinal);
        using (var approved = await Journeys.ApproveAsync(planning, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var record = await portal.RecordAsync(Measure, year);
        Assert.Equal(RecordState.Approved, record!.State);
        Assert.Equal(11200m, Assert.Single(record.Projects).Settlement);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == $"M{Measure}/{year}" && a.Action == RecordActions.Submit).Select(a => a.After).SingleAsync());
        Assert.Contains("\"Project\":\"M15-P01\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"Settlement\":11200", audit, StringComparison.Ordinal);

        // Published cost must not move: the year's 単価 is now fixed.
        using var rate = await PostUnitCostAsync(planning, year, "9000");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rate.StatusCode);
        Assert.Contains("単価を変更できません", Html.Text(await rate.BodyAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_approved_project_year_reaches_the_measure_page_progress_and_the_dashboard_with_the_same_cost()
    {
        const int year = 2024;
        await portal.SetWindowAsync(year, open: true);
        await portal.SetRecordStateAsync(Measure, year, null);
        await SetUnitCostAsync(year, "9000");
        using var staff = await portal.StaffAsync(Section);
        var form = await staff.Client.GetPageAsync(Url + year);
        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, year, StaffEntryTests.Token(form), Project(StaffEntryTests.Complete(StaffEntryTests.Fields(form), 4), 0));

        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningAsync();
        const string total = "15,700千円"; // 11,200 + 0.5 人工 × 9,000
        var before = Html.Text(await anonymous.GetPageAsync("/measures/15"));
        Assert.Contains("事務事業の評価（予算との連動）", before, StringComparison.Ordinal);
        Assert.DoesNotContain(total, before, StringComparison.Ordinal);
        Assert.DoesNotContain("老朽管の更新が一巡したため", Html.Text(await anonymous.GetPageAsync("/progress?year=2024")), StringComparison.Ordinal);
        Assert.DoesNotContain(total, Html.Text(await planning.Client.GetPageAsync("/planning/dashboard?year=2024")), StringComparison.Ordinal);
        Assert.DoesNotContain("M15-P01", await anonymous.GetStringAsync(new Uri("/opendata/projects.csv", UriKind.Relative)), StringComparison.Ordinal);

        using (var approved = await Journeys.ApproveAsync(planning, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var measure = Html.Text(await anonymous.GetPageAsync("/measures/15"));
        Assert.Contains($"令和6年度 {total}", measure, StringComparison.Ordinal);
        Assert.Contains("うち決算額／人件費 11,200千円／4,500千円", measure, StringComparison.Ordinal);
        Assert.Contains("縮小 老朽管の更新が一巡したため", measure, StringComparison.Ordinal);
        Assert.Contains("補修した橋梁数: 目標 4橋 → 実績 3橋", measure, StringComparison.Ordinal);
        var progress = Html.Text(await anonymous.GetPageAsync("/progress?year=2024"));
        Assert.Contains("事務事業のコスト（令和6年度・承認済み）", progress, StringComparison.Ordinal);
        Assert.Contains(total, progress, StringComparison.Ordinal);
        Assert.Contains("縮小 — 老朽管の更新が一巡したため", progress, StringComparison.Ordinal);
        var dashboard = Html.Text(await planning.Client.GetPageAsync("/planning/dashboard?year=2024"));
        Assert.Contains(total, dashboard, StringComparison.Ordinal);
        var csv = await anonymous.GetByteArrayAsync(new Uri("/opendata/projects.csv", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var line = System.Text.Encoding.UTF8.GetString(csv).Split("\r\n").Single(l => l.Contains("M15-P01", StringComparison.Ordinal));
        Assert.StartsWith("2024,5,15,", line, StringComparison.Ordinal);
        Assert.Contains(",12000,-500,11200,5600,,4000,,1600,0.5,9000,4500,15700,補修した橋梁数,橋,4,3,", line, StringComparison.Ordinal);
        Assert.EndsWith(",縮小,老朽管の更新が一巡したため", line, StringComparison.Ordinal);
        var json = await anonymous.GetStringAsync(new Uri("/opendata/projects.json", UriKind.Relative));
        Assert.Contains("\"totalCost\": 15700", json, StringComparison.Ordinal);

        // What was published stays: a later 単価 cannot move it, and the published copy keeps the rate it was costed with.
        var published = await portal.WithDbAsync(db => db.PublishedProjects.SingleAsync(p => p.Publication!.FiscalYear == year && p.Publication.IsCurrent && p.Publication.MeasureId == p.Project!.MeasureId && p.Project.Measure!.Number == Measure));
        Assert.Equal((9000m, 4500m, 15700m), (published.UnitCost!.Value, published.PersonnelCost!.Value, published.TotalCost!.Value));
    }

    [Theory]
    [InlineData("abc", "単価: 数値として読み取れません。")]
    [InlineData("0", "単価: 0より大きい金額（千円）を入力してください。")]
    [InlineData("8000.5", "単価: 千円の値は整数で入力してください。")]
    public async Task A_unit_cost_that_is_not_a_positive_whole_amount_is_refused(string typed, string message)
    {
        using var planning = await portal.PlanningAsync();
        using var response = await PostUnitCostAsync(planning, 2024, typed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Html.Text(await response.BodyAsync()), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.StaffCostRates.AnyAsync(r => r.FiscalYear == 2024)));
    }

    /// <summary>A whole project year: 12,000 budgeted, 500 cut, 11,200 spent from 5,600 national, 4,000 bonds and 1,600 general funds; 0.5 人工; 縮小 with its reason.</summary>
    private static List<KeyValuePair<string, string>> Project(List<KeyValuePair<string, string>> fields, int index)
    {
        var prefix = $"Form.Projects[{index}].";
        return fields
            .With(prefix + "InitialBudget", "１２，０００")
            .With(prefix + "SupplementaryBudget", "-500")
            .With(prefix + "Settlement", "11,200")
            .With(prefix + "NationalFunds", "5,600")
            .With(prefix + "LocalBonds", "４０００千円")
            .With(prefix + "GeneralFunds", "1,600")
            .With(prefix + "StaffEffort", "０．５")
            .With(prefix + "Activity1Name", "補修した橋梁数")
            .With(prefix + "Activity1Unit", "橋")
            .With(prefix + "Activity1Target", "4")
            .With(prefix + "Activity1Actual", "3")
            .With(prefix + "Direction", "Reduce")
            .With(prefix + "DirectionReason", "老朽管の更新が一巡したため");
    }

    private static string ProjectIdOf(string form, int index) =>
        HtmlForm.Value(StaffEntryTests.Fields(form), $"Form.Projects[{index}].ProjectId")!;

    private async Task SetUnitCostAsync(int year, string typed)
    {
        using var planning = await portal.PlanningAsync();
        using var response = await PostUnitCostAsync(planning, year, typed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostUnitCostAsync(SignedIn planning, int year, string typed)
    {
        var page = await planning.Client.GetPageAsync("/planning/cost-rates");
        var action = $"/planning/cost-rates/{year}";
        // A year whose rate is fixed has no form; the page's other forms carry the same antiforgery token.
        return await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, "/planning/cost-rates/"), [new("unitCost", typed)]);
    }
}
