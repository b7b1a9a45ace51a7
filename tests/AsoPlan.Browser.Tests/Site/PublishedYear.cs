using System.Globalization;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Testing;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>
/// The site as citizens meet it a year into the plan: 令和3年度 entered by each owner section and approved by the
/// planning office, through the pages, for every measure with indicators. Values spread over every rating and 悪化,
/// with every seventh left 未確定. Measure 13's 令和3年度 is left to the staff-entry journey (which submits it), unless
/// a caller asks for it.
/// </summary>
public static class PublishedYear
{
    public const int Year = 2021;
    public const string YearLabel = "令和3年度";

    public static bool IsPublished(int measure) => measure != WorkAccounts.StaffMeasure;

    /// <summary>Enters and approves <see cref="Year"/> for the measures with indicators that <paramref name="include"/> selects.</summary>
    public static async Task PublishAsync(BrowserSuite suite, AppServer server, Func<int, bool> include)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(include);
        var measures = SeedMeasures.List.Where(m => m.Indicators.Count > 0 && include(m.Number)).ToList();
        await WorkAccounts.EnsureAsync(suite, server);
        var admin = await suite.NewPageAsync(Screen.Desktop);
        var planning = await suite.NewPageAsync(Screen.Desktop);
        var staff = new Dictionary<string, IPage>();
        try
        {
            await WorkAccounts.SignInAsync(admin, server, WorkAccounts.AdminEmail);
            await WorkAccounts.SignInAsync(planning, server, WorkAccounts.PlanningEmail);
            await WorkSteps.OpenWindowAsync(planning, server, YearLabel);
            var n = 0;
            foreach (var measure in measures)
            {
                if (!staff.TryGetValue(measure.SectionCode, out var member))
                {
                    var email = await WorkAccounts.SectionStaffAsync(admin, server, measure.SectionCode, measure.SectionName);
                    member = await suite.NewPageAsync(Screen.Desktop);
                    await WorkAccounts.SignInAsync(member, server, email);
                    staff[measure.SectionCode] = member;
                }

                n = await SubmitAsync(member, server, measure, n);
                await planning.GotoAsync(server.Url($"/planning/records/{measure.Number}/{Year}").ToString());
                await WorkSteps.ConfirmAndApproveAsync(planning);
                await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("承認しました。");
            }
        }
        finally
        {
            foreach (var page in staff.Values.Append(admin).Append(planning))
            {
                await page.Context.CloseAsync();
            }
        }
    }

    private static async Task<int> SubmitAsync(IPage staff, AppServer server, SeedMeasure measure, int n)
    {
        await staff.GotoAsync(server.Url($"/staff/records/{measure.Number}/{Year}").ToString());
        n = await FillAsync(staff, measure, Year, n);
        await WorkSteps.ConfirmAndSubmitAsync(staff);
        return n;
    }

    /// <summary>
    /// On the open form of <paramref name="measure"/>: a demo value for each indicator (every seventh, counted on from
    /// <paramref name="n"/>, left 未確定) and the PDCA texts; returns the count for the next measure.
    /// </summary>
    public static async Task<int> FillAsync(IPage staff, SeedMeasure measure, int year, int n)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = staff.Locator("fieldset.indicator");
        await Assertions.Expect(lines).ToHaveCountAsync(measure.Indicators.Count);
        for (var i = 0; i < measure.Indicators.Count; i++)
        {
            var (name, goal) = measure.Indicators[i];
            var line = lines.Nth(i);
            await Assertions.Expect(line.Locator("legend")).ToHaveTextAsync(name);
            if (DemoValues.LeftOpen(++n))
            {
                await line.GetByLabel("未確定（まだ数値が出ていない）").CheckAsync();
                await line.GetByLabel("未確定の理由").FillAsync("統計の公表待ち");
            }
            else
            {
                var value = DemoValues.At(goal, year, DemoValues.Position(n));
                await line.GetByLabel("実績値").FillAsync(value.ToString("F" + goal.Decimals, CultureInfo.InvariantCulture));
            }
        }

        await staff.GetByLabel("取組実績（Do）").FillAsync($"実施施策{measure.Number}の主要な施策を計画どおり実施した。");
        await staff.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }).CheckAsync();
        await staff.GetByLabel("自己評価の理由").FillAsync("おおむね計画どおり進んだ。");
        await staff.GetByLabel("改善・今後の方向性（Action）").FillAsync("次年度も継続して取り組む。");
        return n;
    }
}
