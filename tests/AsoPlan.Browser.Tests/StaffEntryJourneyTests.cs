using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A 建設課 staff member enters 令和3年度: finds the measure from their start page, types values (full-width digits
/// too), is told beside the field when a value is not a number, saves a draft, sees the computed achievement, and
/// submits; the form then locks.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class StaffEntryJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Staff_member_enters_and_submits_a_years_values_and_pdca_record()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和3年度");

            // From the account page to the section's start page, then to measure 13 in 令和3年度.
            await staff.GetByRole(AriaRole.Link, new() { Name = "実績の入力（課の担当者）" }).ClickAsync();
            await Assertions.Expect(staff.Locator("h1")).ToContainTextAsync(WorkAccounts.StaffSection);
            // The open year's notice names the deadline and links each record not yet submitted.
            var notice = staff.Locator("#deadline-2021");
            await Assertions.Expect(notice).ToContainTextAsync("令和3年度の実績入力を受付中です");
            await notice.Locator($"a[href='/staff/records/{WorkAccounts.StaffMeasure}/2021']").ClickAsync();
            await Assertions.Expect(staff.Locator("h1")).ToContainTextAsync($"実施施策{WorkAccounts.StaffMeasure}");
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("受付中");

            // A value that is not a number is refused beside its field, and the rest of the input stays.
            var bridges = WorkSteps.Indicator(staff, WorkSteps.Indicators[0]);
            var paving = WorkSteps.Indicator(staff, WorkSteps.Indicators[1]);
            var revetment = WorkSteps.Indicator(staff, WorkSteps.Indicators[3]);
            await bridges.GetByLabel("実績値").FillAsync("２５橋");
            await paving.GetByLabel("実績値").FillAsync("四・三");
            await revetment.GetByLabel("実績値").FillAsync("４０ｋｍ");
            await staff.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync();
            await Assertions.Expect(paving).ToContainTextAsync("数値として読み取れません。");
            await Assertions.Expect(paving.GetByLabel("実績値")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(revetment).ToContainTextAsync("単位は入力不要です（単位: m）");
            var summary = staff.Locator("#error-summary");
            await Assertions.Expect(summary).ToContainTextAsync("何も保存されていません");
            await Assertions.Expect(bridges.GetByLabel("実績値")).ToHaveValueAsync("２５橋");

            // The summary names each refused field and leads to it.
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
            await summary.GetByRole(AriaRole.Link, new() { Name = $"{WorkSteps.Indicators[3].Name}（実績値）" }).ClickAsync();
            await Assertions.Expect(staff).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#Form_Values_3__Value$"));
            await Assertions.Expect(revetment.GetByLabel("実績値")).ToBeInViewportAsync();

            // Corrected (the indicator's own unit may stay: 40m is 40), the draft is saved and the achievement of the stored value is shown beside it.
            await revetment.GetByLabel("実績値").FillAsync("４０ｍ");
            await paving.GetByLabel("実績値").FillAsync("５．０");
            await staff.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync();
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("下書きを保存しました。");
            await Assertions.Expect(staff.Locator(".alert-success")).ToHaveCountAsync(1);
            await Assertions.Expect(bridges.GetByLabel("実績値")).ToHaveValueAsync("25");
            await Assertions.Expect(revetment.GetByLabel("実績値")).ToHaveValueAsync("40");
            await Assertions.Expect(bridges).ToContainTextAsync("保存済みの実績 25橋 の達成度: A 順調");
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("下書き");

            // Everything filled in, it is submitted and can no longer be changed.
            await WorkSteps.FillAsync(staff, ["25", "5.0", "427.5", "40", "48.1", "45.0", "40.2"], "橋梁5橋を補修した。");
            await WorkSteps.ConfirmAndSubmitAsync(staff);
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("提出済のため、企画担当の確認が終わるまで変更できません。");
            await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "提出内容の確認へ" })).ToHaveCountAsync(0);
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("橋梁5橋を補修した。");
        }
        finally
        {
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
        }
    }
}
