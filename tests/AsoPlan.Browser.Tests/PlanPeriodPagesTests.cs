using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>The pages with the plan period switcher (two periods loaded): the same checks as every public page, and the switch itself.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PlanPeriodPagesTests(BrowserSuite suite, TwoPeriodServer periods, ITestOutputHelper output) : IClassFixture<TwoPeriodServer>
{
    [Fact]
    public async Task Pages_with_the_switcher_pass_axe_structure_and_keyboard_checks_on_a_desktop()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("axe, headings, tables and keyboard with two periods", await InspectAsync(
            Screen.Desktop, (page, target) => PageChecks.AllAsync(page, target.Name)));
    }

    [Fact]
    public async Task Pages_with_the_switcher_fit_a_phone_and_zoomed_text()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("phone layout with two periods", await InspectAsync(
            Screen.Phone, async (page, _) => [.. await PageInspector.OverflowAsync(page), .. await PageInspector.TapTargetsAsync(page)]));
        Expect.NoProblems("200% zoom with two periods", await InspectAsync(Screen.Zoom200, (page, _) => PageInspector.OverflowAsync(page)));
    }

    [Fact]
    public async Task Pages_with_the_switcher_are_valid_HTML()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var documents = new List<HtmlDocument>();
        foreach (var target in TwoPeriodServer.Pages)
        {
            using var response = await periods.Server.Http.GetAsync(new Uri(target.Path.TrimStart('/'), UriKind.Relative));
            Assert.Equal(target.ExpectedStatus, (int)response.StatusCode);
            documents.Add(new HtmlDocument(target.Name, await response.Content.ReadAsStringAsync()));
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "two-periods"));
        Assert.True(invalid.Length == 0, invalid);
    }

    [Fact]
    public async Task A_visitor_switches_to_the_older_period_with_the_keyboard_and_its_links_keep_it()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var page = await suite.NewPageAsync(Screen.Desktop);
        try
        {
            await page.GotoAsync(periods.Server.Url("/policies").ToString());
            var select = page.GetByLabel("計画期間");
            await Assertions.Expect(select).ToHaveValueAsync("aso-2-next");
            await select.FocusAsync();
            await select.SelectOptionAsync(TwoPeriodServer.OldCode);
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "切り替える" })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(periods.Server.Url("/policies?period=" + TwoPeriodServer.OldCode).ToString());
            await Assertions.Expect(page.GetByText("後期基本計画（令和3年度〜令和6年度）の内容を表示しています。")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "魅力ある観光地域づくりの推進" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(periods.Server.Url("/measures/4?period=" + TwoPeriodServer.OldCode).ToString());
            await Assertions.Expect(page.GetByLabel("計画期間")).ToHaveValueAsync(TwoPeriodServer.OldCode);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IReadOnlyList<(string Where, IReadOnlyList<string> Problems)>> InspectAsync(
        Screen screen, Func<IPage, PublicPage, Task<IReadOnlyList<string>>> inspect)
    {
        var page = await suite.PageAsync(screen);
        var results = new List<(string, IReadOnlyList<string>)>();
        foreach (var target in TwoPeriodServer.Pages)
        {
            var response = await page.GotoAsync(periods.Server.Url(target.Path).ToString());
            Assert.True(response?.Status == target.ExpectedStatus, $"{target.Path} answered {response?.Status}");
            results.Add((target.Path, await inspect(page, target)));
        }

        return results;
    }
}
