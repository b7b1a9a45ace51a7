using System.Diagnostics;
using System.Globalization;
using System.Text;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Testing;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// How long each step of the yearly cycle takes on the real plan, and how many clicks and page loads it needs, done as
/// people do it from their マイページ: the planning office opens 令和6年度, a section enters and submits its measure (3
/// indicators), the planning office opens the record from its review queue, reads it and approves it. Three runs (実施施策
/// 4, 5 and 6, three sections); the median of each step is written to <c>reports/yearly-cycle-timing.md</c> and recorded in
/// docs/performance.md. Times are measured, never asserted (a shared machine is no stopwatch); what is asserted is that
/// each step did what it says.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class YearlyCycleTimingTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2024;
    private const string YearLabel = "令和6年度";
    private static readonly int[] Measures = [4, 5, 6];

    [Fact]
    public async Task Each_step_of_the_yearly_cycle_is_timed_with_its_clicks_and_page_loads()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var runs = new List<IReadOnlyList<Step>>();
        try
        {
            foreach (var number in Measures)
            {
                var measure = SeedMeasures.List.Single(m => m.Number == number);
                var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.SectionStaffEmail(measure.SectionCode));
                try
                {
                    await CloseYearAsync(planning, server);
                    runs.Add([
                        await TimeAsync("受付を開始（企画担当）", planning, server, OpenYearAsync),
                        await TimeAsync("入力して提出（担当課）", staff, server, meter => EnterAndSubmitAsync(meter, measure)),
                        await TimeAsync("確認して承認（企画担当）", planning, server, meter => ReviewAndApproveAsync(meter, measure)),
                    ]);
                }
                finally
                {
                    await staff.Context.CloseAsync();
                }
            }
        }
        finally
        {
            await planning.Context.CloseAsync();
        }

        var report = Report(runs);
        await File.WriteAllTextAsync(Path.Combine(SuitePaths.Reports, "yearly-cycle-timing.md"), report);
        output.WriteLine(report);
    }

    /// <summary>The planning office's menu → 入力受付の設定 → 令和6年度 「受付を開始」.</summary>
    private static async Task OpenYearAsync(Meter meter)
    {
        await meter.ClickAsync(meter.Page.GetByRole(AriaRole.Link, new() { Name = "提出内容の確認・承認（企画担当）" }));
        await meter.ClickAsync(meter.Page.GetByRole(AriaRole.Link, new() { Name = "入力受付の設定" }));
        await meter.ClickAsync(YearCard(meter.Page).GetByRole(AriaRole.Button, new() { Name = "受付を開始" }));
        await Assertions.Expect(meter.Page.Locator("main")).ToContainTextAsync($"{YearLabel}の入力受付を開始しました。");
    }

    /// <summary>実績の入力 → the year's notice links the record → values and PDCA texts → 提出内容の確認へ → この内容で提出する.</summary>
    private static async Task EnterAndSubmitAsync(Meter meter, SeedMeasure measure)
    {
        var page = meter.Page;
        await meter.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "実績の入力（課の担当者）" }));
        await meter.ClickAsync(page.Locator($"#deadline-{Year} a[href='/staff/records/{measure.Number}/{Year}']"));
        var lines = page.Locator("fieldset.indicator");
        for (var i = 0; i < measure.Indicators.Count; i++)
        {
            var goal = measure.Indicators[i].Goal;
            await meter.TypeAsync(lines.Nth(i).GetByLabel("実績値"), DemoValues.At(goal, Year, DemoValues.Position(i)).ToString("F" + goal.Decimals, CultureInfo.InvariantCulture));
        }

        await meter.TypeAsync(page.GetByLabel("取組実績（Do）"), $"実施施策{measure.Number}の主要な施策を計画どおり実施した。");
        await meter.ClickAsync(page.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }));
        await meter.TypeAsync(page.GetByLabel("自己評価の理由"), "おおむね計画どおり進んだ。");
        await meter.TypeAsync(page.GetByLabel("改善・今後の方向性（Action）"), "次年度も継続して取り組む。");
        await meter.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "提出内容の確認へ" }));
        await meter.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "この内容で提出する" }));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("提出しました。");
    }

    /// <summary>
    /// The review queue (its default view: this year's records waiting) → 確認・承認 (open) → the values, ratings and PDCA
    /// texts on that page, with what approval publishes (read) → 承認して公表する on the same page (approve).
    /// </summary>
    private static async Task ReviewAndApproveAsync(Meter meter, SeedMeasure measure)
    {
        var page = meter.Page;
        await meter.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "提出内容の確認・承認（企画担当）" }));
        var row = page.Locator("tbody tr", new() { HasTextString = $"実施施策{measure.Number} " });
        await meter.ClickAsync(row.GetByRole(AriaRole.Link, new() { Name = "確認・承認" }));
        foreach (var (name, _) in measure.Indicators)
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(name);
        }

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"実施施策{measure.Number}の主要な施策を計画どおり実施した。");
        await Assertions.Expect(page.Locator("#approve")).ToContainTextAsync("承認すると公表される内容");
        await meter.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "承認して公表する" }));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("承認しました。");
    }

    /// <summary>Untimed: the year is closed again, so each run opens it as the office does at the start of the cycle.</summary>
    private static async Task CloseYearAsync(IPage planning, AppServer server)
    {
        await planning.GotoAsync(server.Url("/planning/windows").ToString());
        var close = YearCard(planning).GetByRole(AriaRole.Button, new() { Name = "受付を終了" });
        if (await close.CountAsync() > 0)
        {
            await close.ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync($"{YearLabel}の入力受付を終了しました。");
        }
    }

    private static ILocator YearCard(IPage page) => page.Locator($"section[aria-labelledby='heading-{Year}']");

    /// <summary>Starts on the person's マイページ (untimed), then times <paramref name="step"/> and counts its clicks and page loads.</summary>
    private static async Task<Step> TimeAsync(string name, IPage page, AppServer server, Func<Meter, Task> step)
    {
        await page.GotoAsync(server.Url("/account").ToString());
        var meter = new Meter(page);
        void Count(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                meter.Navigations++;
            }
        }

        page.FrameNavigated += Count;
        var clock = Stopwatch.StartNew();
        try
        {
            await step(meter);
        }
        finally
        {
            page.FrameNavigated -= Count;
        }

        return new Step(name, clock.Elapsed.TotalMilliseconds, meter.Clicks, meter.Fields, meter.Navigations);
    }

    private static string Report(List<IReadOnlyList<Step>> runs)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| step | median of {runs.Count} runs | runs (ms) | clicks | fields typed | page loads |");
        text.AppendLine("| --- | ---: | --- | ---: | ---: | ---: |");
        for (var i = 0; i < runs[0].Count; i++)
        {
            var steps = runs.Select(r => r[i]).ToList();
            var times = steps.Select(s => s.Milliseconds).Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {steps[0].Name} | {times[times.Count / 2]:0} ms | {string.Join(" / ", steps.Select(s => s.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))} | {Median(steps, s => s.Clicks)} | {Median(steps, s => s.Fields)} | {Median(steps, s => s.Navigations)} |");
        }

        return text.ToString();
    }

    private static int Median(List<Step> steps, Func<Step, int> value) => steps.Select(value).Order().ElementAt(steps.Count / 2);

    private sealed record Step(string Name, double Milliseconds, int Clicks, int Fields, int Navigations);

    /// <summary>The page of one step, counting what the person does on it.</summary>
    private sealed class Meter(IPage page)
    {
        public IPage Page { get; } = page;

        public int Clicks { get; private set; }

        public int Fields { get; private set; }

        public int Navigations { get; set; }

        public Task ClickAsync(ILocator target)
        {
            Clicks++;
            return target.ClickAsync();
        }

        public Task TypeAsync(ILocator field, string text)
        {
            Fields++;
            return field.FillAsync(text);
        }
    }
}
