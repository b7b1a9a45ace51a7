using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The checkers themselves must fail a broken page (Fixtures/broken.html: an image without alt text, a duplicate
/// id, an unclosed element, skipped headings, a table without header cells, a colour-only badge, content wider than
/// a phone, tiny buttons, no skip link) and pass a correct one (Fixtures/clean.html); otherwise a green suite
/// proves nothing.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class CheckerSelfTests(BrowserSuite suite, ITestOutputHelper output)
{
    private static string FixtureUrl(string name) => new Uri(SuitePaths.Fixture(name)).AbsoluteUri;

    [Fact]
    public async Task Axe_reports_the_broken_page_and_passes_the_clean_one()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var page = await suite.PageAsync(Screen.Desktop);
        await page.GotoAsync(FixtureUrl("broken.html"));
        var broken = await AxeChecker.RunAsync(page, "selftest-broken");
        output.WriteLine(AxeChecker.Describe("broken.html", broken));
        var ids = broken.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("button-name", ids);
        Assert.Contains("color-contrast", ids);

        await page.GotoAsync(FixtureUrl("clean.html"));
        var clean = await AxeChecker.RunAsync(page, "selftest-clean");
        Assert.True(clean.Count == 0, AxeChecker.Describe("clean.html", clean));
    }

    [Fact]
    public async Task Nu_HTML_checker_reports_the_broken_page_and_passes_the_clean_one()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var results = await NuHtmlChecker.ValidateAsync(
            [
                new HtmlDocument("broken", await File.ReadAllTextAsync(SuitePaths.Fixture("broken.html"))),
                new HtmlDocument("clean", await File.ReadAllTextAsync(SuitePaths.Fixture("clean.html"))),
            ],
            "selftest");

        var errors = results["broken"].Where(m => m.IsError).Select(m => m.Message).ToList();
        output.WriteLine(NuHtmlChecker.Describe(results));
        Expect.Mentions(errors, "“img” element must have an “alt” attribute");
        Expect.Mentions(errors, "Duplicate ID “twice”");
        Expect.Mentions(errors, "Unclosed element “div”");
        Assert.True(!results["clean"].Any(m => m.IsError), NuHtmlChecker.Describe(results));
    }

    [Fact]
    public async Task Hand_written_checks_report_the_broken_page_and_pass_the_clean_one()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var desktop = await suite.PageAsync(Screen.Desktop);
        await desktop.GotoAsync(FixtureUrl("broken.html"));
        var structure = await PageInspector.StructureAsync(desktop);
        Expect.Mentions(structure, "expected exactly one h1, found 2");
        Expect.Mentions(structure, "heading level skipped: h1 → h4");
        Expect.Mentions(structure, "table without header cells");
        Expect.Mentions(structure, "colour alone");
        Expect.Mentions(structure, "class=\"status-dot\"");
        var keyboard = await KeyboardCheck.RunAsync(desktop);
        Expect.Mentions(keyboard, "the first Tab should reach a skip link");
        Expect.Mentions(keyboard, "shows no focus indicator");

        var phone = await suite.PageAsync(Screen.Phone);
        await phone.GotoAsync(FixtureUrl("broken.html"));
        Expect.Mentions(await PageInspector.OverflowAsync(phone), "the page scrolls horizontally at 390 CSS px");
        Expect.Mentions(await PageInspector.TapTargetsAsync(phone), "px and too close to <button class=\"tiny\">");
        Expect.Mentions(await PageInspector.SqueezedCellsAsync(phone), "table cell «令和2年度（基準値）» is squeezed");
        var cues = await PageInspector.ScrollCuesAsync(phone);
        Expect.Mentions(cues, "scrolls sideways with no visible cue");
        Expect.Mentions(cues, "its first column is not sticky");
        var template = await PageInspector.TemplateTextAsync(desktop);
        Expect.Mentions(template, "template code in the text: «計画の進み具合@if");
        Expect.Mentions(template, "unprocessed template attribute portal-href");

        await desktop.GotoAsync(FixtureUrl("clean.html"));
        Expect.NoProblems("structure", "clean.html", await PageInspector.StructureAsync(desktop));
        Expect.NoProblems("keyboard", "clean.html", await KeyboardCheck.RunAsync(desktop));
        await phone.GotoAsync(FixtureUrl("clean.html"));
        Expect.NoProblems("overflow", "clean.html", await PageInspector.OverflowAsync(phone));
        Expect.NoProblems("tap targets", "clean.html", await PageInspector.TapTargetsAsync(phone));
        Expect.NoProblems("squeezed cells", "clean.html", await PageInspector.SqueezedCellsAsync(phone));
        Expect.NoProblems("scroll cues", "clean.html", await PageInspector.ScrollCuesAsync(phone));
        Expect.NoProblems("template text", "clean.html", await PageInspector.TemplateTextAsync(desktop));
    }
}
