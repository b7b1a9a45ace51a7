using System.Text;
using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A citizen on a 390 px phone sends an opinion on 実施施策13 (no account, one refused try first); it stays off every
/// public page while the planning office assigns it to 建設課, the section drafts 市の考え方 and the office publishes;
/// then it is on the measure page, /opinions, the feed and opinions.csv without the sender's name. Every new page, with
/// the opinion in it, passes axe, the keyboard/heading/table checks and the Nu checker, and is photographed at 390 and 1280 px.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class OpinionJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Measure = WorkAccounts.StaffMeasure;
    private const string SenderName = "阿蘇 みどり";

    [Fact]
    public async Task A_phone_users_opinion_is_public_only_after_the_section_replies_and_the_office_publishes()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var citizen = await suite.NewPageAsync(Screen.Phone);
        var desktop = await suite.NewPageAsync(Screen.Desktop);
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        var text = $"通学路の歩道が狭く、雨の日は危ないです。拡幅を検討してください。（{Guid.NewGuid().ToString("N")[..8]}）";
        const string Reply = "ご意見ありがとうございます。通学路の歩道は、令和9年度から危険箇所の順に拡幅を進めます。";
        try
        {
            // The form on the measure page, on a phone, without an account: a refused try keeps what was typed.
            await citizen.GotoAsync(server.Url($"/measures/{Measure}").ToString());
            var form = citizen.Locator("#opinion-form");
            await form.GetByLabel("年代（任意）").SelectOptionAsync(new SelectOptionValue { Label = "40歳代" });
            await form.GetByLabel("お住まいの地区（任意）").SelectOptionAsync(new SelectOptionValue { Label = "一の宮地区" });
            var refused = await citizen.RunAndWaitForResponseAsync(
                () => form.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync(),
                r => r.Url.EndsWith("/opinions", StringComparison.Ordinal));
            Assert.Equal(422, refused.Status);
            documents.Add(new HtmlDocument("opinion-form-refused", await refused.TextAsync()));
            await Assertions.Expect(citizen.Locator("#opinion-Text-error")).ToHaveTextAsync("ご意見を入力してください。");
            await Assertions.Expect(citizen.GetByLabel("お住まいの地区（任意）")).ToHaveValueAsync("ichinomiya");
            problems.Add(("opinion form refused (phone)", [.. await PageChecks.AllAsync(citizen, "opinion-form-refused"), .. await PageInspector.OverflowAsync(citizen), .. await PageInspector.TapTargetsAsync(citizen)]));

            await citizen.GetByLabel("ご意見 必須").FillAsync(text);
            await citizen.GetByLabel("お名前（任意・公表しません）").FillAsync(SenderName);
            await citizen.GetByLabel("ご意見を、市の考え方とあわせてこのサイトで公表することに同意する").CheckAsync();
            await citizen.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
            await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("ご意見をお寄せいただき、ありがとうございました");
            var receipt = (await citizen.Locator(".receipt-number").TextContentAsync())!.Trim();
            Assert.Matches(@"^R\d+-\d{5}-[2-9A-HJKMNP-Z]{4}$", receipt);
            documents.Add(new HtmlDocument("opinion-sent", await citizen.ContentAsync()));
            problems.Add(("thank-you page (phone)", await PageChecks.AllAsync(citizen, "opinion-sent")));
            await Shoot(citizen, "opinion-sent");

            await AssertNotPublicAsync(citizen, server, text);

            // The planning office finds it in its queue and assigns it to the measure's section.
            await planning.GotoAsync(server.Url("/planning/opinions").ToString());
            await planning.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync(SenderName);
            await Assertions.Expect(planning.GetByLabel("割り当てる課（担当課にメールで通知します）")).ToHaveValueAsync(new Regex("\\d+"));
            await planning.GetByRole(AriaRole.Button, new() { Name = "割り当てる" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("担当課に割り当てました。");
            await Assertions.Expect(planning.Locator("h1")).ToContainTextAsync("担当課に割当");
            await AssertNotPublicAsync(citizen, server, text);

            // The section drafts 市の考え方; the sender's name is not shown to it.
            await staff.GotoAsync(server.Url("/staff/opinions").ToString());
            await staff.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync(text);
            await Assertions.Expect(staff.Locator("main")).Not.ToContainTextAsync(SenderName);
            await staff.GetByLabel("市の考え方（4,000文字以内）").FillAsync(Reply);
            await staff.GetByRole(AriaRole.Button, new() { Name = "回答案を保存する" }).ClickAsync();
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("市の考え方（回答案）を保存しました。");
            await AssertNotPublicAsync(citizen, server, text);

            // The planning office publishes opinion and reply together.
            await planning.ReloadAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync(Reply);
            await planning.GetByRole(AriaRole.Button, new() { Name = "ご意見と市の考え方を公表する" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("ご意見と市の考え方を公表しました。");
            var opinionPath = new Uri(planning.Url).AbsolutePath;

            // Public now: measure page, /opinions, the feed and opinions.csv, never the name.
            await citizen.GotoAsync(server.Url($"/measures/{Measure}#opinions").ToString());
            var published = citizen.Locator("#opinions ~ ol.published-opinions li").First;
            await Assertions.Expect(published).ToContainTextAsync(text);
            await Assertions.Expect(published).ToContainTextAsync(Reply);
            await Assertions.Expect(published).ToContainTextAsync("市の考え方（建設課）");
            await Assertions.Expect(citizen.Locator("main")).Not.ToContainTextAsync(SenderName);
            await citizen.GotoAsync(server.Url("/opinions").ToString());
            await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync(text);
            await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync(Reply);
            var feed = await (await citizen.APIRequest.GetAsync(server.Url("/opinions/feed.atom").ToString())).TextAsync();
            Assert.Contains(Reply, feed, StringComparison.Ordinal);
            Assert.DoesNotContain(SenderName, feed, StringComparison.Ordinal);
            var csv = await (await citizen.APIRequest.GetAsync(server.Url("/opendata/opinions.csv").ToString())).BodyAsync();
            Assert.True(csv.AsSpan().StartsWith(Encoding.UTF8.Preamble), "opinions.csv does not start with a UTF-8 BOM.");
            var csvText = Encoding.UTF8.GetString(csv);
            Assert.Contains(text, csvText, StringComparison.Ordinal);
            Assert.DoesNotContain(SenderName, csvText, StringComparison.Ordinal);
            Assert.DoesNotContain(receipt, csvText, StringComparison.Ordinal);

            // Every new page with the opinion in it: checks at 390 and 1280 px, screenshots of both.
            var pages = new (IPage Page, string Name, string Path)[]
            {
                (citizen, "opinion-measure-phone", $"/measures/{Measure}"),
                (citizen, "opinions-phone", "/opinions"),
                (desktop, "opinion-measure-desktop", $"/measures/{Measure}"),
                (desktop, "opinions-desktop", "/opinions"),
                (planning, "planning-opinions", "/planning/opinions?state=all"),
                (planning, "planning-opinion", opinionPath),
                (staff, "staff-opinions", "/staff/opinions"),
                (staff, "staff-opinion", opinionPath.Replace("/planning/", "/staff/", StringComparison.Ordinal)),
            };
            foreach (var (page, name, path) in pages)
            {
                var response = await page.GotoAsync(server.Url(path).ToString());
                Assert.True(response?.Status == 200, $"{path} answered {response?.Status}, expected 200.");
                documents.Add(new HtmlDocument(name, await response!.TextAsync()));
                problems.Add((path + " " + name, page == citizen
                    ? [.. await PageChecks.AllAsync(page, name), .. await PageInspector.OverflowAsync(page), .. await PageInspector.TapTargetsAsync(page)]
                    : await PageChecks.AllAsync(page, name)));
                await Shoot(page, name);
            }

            await planning.SetViewportSizeAsync(390, 844);
            await planning.GotoAsync(server.Url("/planning/opinions?state=all").ToString());
            problems.Add(("/planning/opinions at 390 px", [.. await PageInspector.OverflowAsync(planning), .. await PageInspector.SqueezedCellsAsync(planning)]));
            await Shoot(planning, "planning-opinions-390");
            await planning.GotoAsync(server.Url(opinionPath).ToString());
            problems.Add(("planning opinion at 390 px", await PageInspector.OverflowAsync(planning)));
            await Shoot(planning, "planning-opinion-390");
        }
        finally
        {
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
            await desktop.Context.CloseAsync();
            await citizen.Context.CloseAsync();
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "opinion-pages"));
        Expect.NoProblems("axe, keyboard, headings, tables and layout on the opinion pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }

    private static async Task AssertNotPublicAsync(IPage citizen, AppServer server, string text)
    {
        foreach (var path in new[] { $"/measures/{Measure}", "/opinions", "/opinions/feed.atom", "/opendata/opinions.csv", "/opendata/opinions.json" })
        {
            var body = await (await citizen.APIRequest.GetAsync(server.Url(path).ToString())).TextAsync();
            Assert.False(body.Contains(text, StringComparison.Ordinal), $"{path} shows the opinion before it is published");
        }
    }

    private async Task Shoot(IPage page, string name)
    {
        var file = Path.Combine(SuitePaths.Screenshots, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
