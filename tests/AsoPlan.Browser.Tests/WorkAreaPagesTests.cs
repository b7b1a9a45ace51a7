using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The staff, planning and plan editing pages pass the same checks as the public pages: axe (WCAG 2.1 AA), keyboard, headings and
/// tables, and the Nu HTML Checker on the HTML the server sent — including the states a person meets after posting:
/// a refused value and a save conflict.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class WorkAreaPagesTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Submitted = 2023;
    private const int Open = 2024;

    [Fact]
    public async Task Staff_and_planning_pages_pass_axe_keyboard_structure_and_html_checks()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        var otherTab = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        var staffPhone = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail, Screen.Phone);
        var planningPhone = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail, Screen.Phone);
        var measure = WorkAccounts.StaffMeasure;
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和5年度");
            await WorkSteps.OpenWindowAsync(planning, server, "令和6年度");
            await WorkSteps.SubmitAsync(staff, server, Submitted, ["26", "5.5", "428.0", "80", "48.5", "50.0", "45.0"]);

            var pages = new (IPage Page, string Name, string Path)[]
            {
                (staff, "staff-home", "/staff"),
                (staff, "staff-form", $"/staff/records/{measure}/{Open}"),
                (staff, "staff-read-only", $"/staff/records/{measure}/{Submitted}"),
                (planning, "planning-submissions", $"/planning?year={Submitted}"),
                (planning, "planning-windows", "/planning/windows"),
                (planning, "planning-review", $"/planning/records/{measure}/{Submitted}"),
                (staff, "staff-confirm-submit", $"/staff/records/{measure}/{Open}/submit"),
                (planning, "planning-history", $"/planning/records/{measure}/{Submitted}/history"),
                (planning, "planning-dashboard", $"/planning/dashboard?year={Submitted}"),
                (planning, "planning-dashboard-measure", $"/planning/dashboard/measures/{measure}"),
                (planning, "planning-report", $"/planning/report?year={Submitted}"),
                (planning, "plan-edit", "/admin/plan/edit"),
                (planning, "plan-edit-policy", "/admin/plan/edit/policies/1"),
                (planning, "plan-edit-measure", $"/admin/plan/edit/measures/{measure}"),
                (planning, "plan-edit-new-indicator", $"/admin/plan/edit/measures/{measure}/indicators/new"),
                (planning, "plan-edit-indicator", $"/admin/plan/edit/indicators/M{measure:00}-I01"),
                (planning, "plan-edit-goal", $"/admin/plan/edit/indicators/M{measure:00}-I01/goal"),
                (planning, "plan-edit-remove", $"/admin/plan/edit/indicators/M{measure:00}-I01/remove"),
                (planning, "planning-period", "/planning/period"),
                (planning, "planning-final-review-texts", "/planning/period/review"),
                (planning, "planning-final-review-text", $"/planning/period/review/{measure}"),
                (planning, "final-review-not-finished", "/periods/aso-2-late/review"),
            };
            foreach (var (page, name, path) in pages)
            {
                var response = await page.GotoAsync(server.Url(path).ToString());
                Assert.True(response?.Status == 200, $"{path} answered {response?.Status}, expected 200.");
                documents.Add(new HtmlDocument(name, await response!.TextAsync()));
                problems.Add((path, await PageChecks.AllAsync(page, name)));
            }

            // On a phone the status table becomes one card per measure: the title gets the full width, the years stay links.
            await staffPhone.GotoAsync(server.Url("/staff").ToString());
            var title = staffPhone.GetByRole(AriaRole.Heading, new() { Name = $"実施施策{measure} " });
            await Assertions.Expect(title).ToBeVisibleAsync();
            Assert.True((await title.BoundingBoxAsync())?.Width >= 300, "the measure title is squeezed on a 390 px phone");
            var submittedLink = staffPhone.Locator($"a[href='/staff/records/{measure}/{Submitted}']:visible");
            await Assertions.Expect(submittedLink).ToBeVisibleAsync();
            await Assertions.Expect(submittedLink).ToContainTextAsync("令和5年度");
            problems.Add(("/staff on a phone", [
                .. await PageChecks.AllAsync(staffPhone, "staff-home-phone"),
                .. await PageInspector.OverflowAsync(staffPhone),
                .. await PageInspector.TapTargetsAsync(staffPhone)]));

            // The review queue on a phone: one card per record, every value with its label, nothing squeezed.
            await planningPhone.GotoAsync(server.Url($"/planning?year={Submitted}&state=all&section=kensetsu").ToString());
            await Assertions.Expect(planningPhone.GetByRole(AriaRole.Rowheader, new() { Name = $"実施施策{measure} " })).ToBeVisibleAsync();
            problems.Add(("/planning on a phone", [
                .. await PageChecks.AllAsync(planningPhone, "planning-submissions-phone"),
                .. await PageInspector.OverflowAsync(planningPhone),
                .. await PageInspector.TapTargetsAsync(planningPhone),
                .. await PageInspector.SqueezedCellsAsync(planningPhone)]));

            // A refused value: the form comes back with the message beside the field (422).
            await staff.GotoAsync(server.Url($"/staff/records/{measure}/{Open}").ToString());
            await WorkSteps.Indicator(staff, WorkSteps.Indicators[0]).GetByLabel("実績値").FillAsync("たくさん");
            var refused = await staff.RunAndWaitForResponseAsync(
                () => staff.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync(),
                r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(422, refused.Status);
            documents.Add(new HtmlDocument("staff-form-refused", await refused.TextAsync()));
            problems.Add(("staff form with a refused value", await PageChecks.AllAsync(staff, "staff-form-refused")));

            // A conflict: the same record saved in another tab first (409, both versions side by side).
            await staff.GotoAsync(server.Url($"/staff/records/{measure}/{Open}").ToString());
            await otherTab.GotoAsync(server.Url($"/staff/records/{measure}/{Open}").ToString());
            await otherTab.GetByLabel("取組実績（Do）").FillAsync("別のタブで先に保存した実績");
            await otherTab.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync();
            await Assertions.Expect(otherTab.Locator("main")).ToContainTextAsync("下書きを保存しました。");
            await staff.GetByLabel("取組実績（Do）").FillAsync("このタブの実績");
            var conflict = await staff.RunAndWaitForResponseAsync(
                () => staff.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync(),
                r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(409, conflict.Status);
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("ほかの人が先にこの記録を変更しました");
            await Assertions.Expect(staff.GetByLabel("取組実績（Do）")).ToHaveValueAsync("このタブの実績");
            documents.Add(new HtmlDocument("staff-form-conflict", await conflict.TextAsync()));
            problems.Add(("staff form after a conflict", await PageChecks.AllAsync(staff, "staff-form-conflict")));
        }
        finally
        {
            await otherTab.Context.CloseAsync();
            await planningPhone.Context.CloseAsync();
            await staffPhone.Context.CloseAsync();
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "work-pages"));
        Expect.NoProblems("axe, keyboard, headings and tables on the staff and planning pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }
}
