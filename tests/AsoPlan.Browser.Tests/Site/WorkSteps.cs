using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>Steps of the staff and planning journeys, done the way a person does them on the page.</summary>
public static class WorkSteps
{
    /// <summary>実施施策13's indicators in plan order, as the seed data names them.</summary>
    public static IReadOnlyList<SeedIndicator> Indicators { get; } =
        [.. Enumerable.Range(1, 7).Select(i => SeedFacts.Indicator($"M{WorkAccounts.StaffMeasure:00}-I{i:00}"))];

    /// <summary>The planning office opens a fiscal year (e.g. 令和3年度) on the entry windows page, if it is not open yet.</summary>
    public static async Task OpenWindowAsync(IPage planning, AppServer server, string yearLabel)
    {
        ArgumentNullException.ThrowIfNull(planning);
        ArgumentNullException.ThrowIfNull(server);
        await planning.GotoAsync(server.Url("/planning/windows").ToString());
        var year = planning.Locator("section", new() { Has = planning.GetByRole(AriaRole.Heading, new() { Name = yearLabel }) });
        var open = year.GetByRole(AriaRole.Button, new() { Name = "受付を開始" });
        if (await open.CountAsync() > 0)
        {
            await open.ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync($"{yearLabel}の入力受付を開始しました。");
        }
    }

    /// <summary>The fieldset of one indicator on the staff form.</summary>
    public static ILocator Indicator(IPage staff, SeedIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(indicator);
        return staff.Locator("fieldset.indicator", new() { Has = staff.Locator("legend", new() { HasTextString = indicator.Name }) });
    }

    /// <summary>Types each indicator's value (in plan order) and the PDCA texts into the open staff form.</summary>
    public static async Task FillAsync(IPage staff, IReadOnlyList<string> values, string doText)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            await Indicator(staff, Indicators[i]).GetByLabel("実績値").FillAsync(values[i]);
        }

        await staff.GetByLabel("取組実績（Do）").FillAsync(doText);
        await staff.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }).CheckAsync();
        await staff.GetByLabel("自己評価の理由").FillAsync("橋梁の補修は計画どおり進んだ。");
        await staff.GetByLabel("改善・今後の方向性（Action）").FillAsync("耐震化の啓発を強める。");
    }

    /// <summary>The staff member fills in everything for a year and submits it.</summary>
    public static async Task SubmitAsync(IPage staff, AppServer server, int year, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(server);
        await staff.GotoAsync(server.Url($"/staff/records/{WorkAccounts.StaffMeasure}/{year}").ToString());
        await FillAsync(staff, values, "補修と改良を実施した。");
        await ConfirmAndSubmitAsync(staff);
    }

    /// <summary>「提出内容の確認へ」, then on the confirmation page (nothing submitted yet) 「この内容で提出する」.</summary>
    public static async Task ConfirmAndSubmitAsync(IPage staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "提出内容の確認へ" }).ClickAsync();
        await Assertions.Expect(staff.Locator("h1")).ToContainTextAsync("提出内容の確認");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("まだ提出されていません");
        await staff.GetByRole(AriaRole.Button, new() { Name = "この内容で提出する" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("提出しました。");
    }

    /// <summary>On the review page, which says what approval publishes: 「承認して公表する」.</summary>
    public static async Task ConfirmAndApproveAsync(IPage planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        await Assertions.Expect(planning.Locator("#approve")).ToContainTextAsync("承認すると公表される内容");
        await planning.GetByRole(AriaRole.Button, new() { Name = "承認して公表する" }).ClickAsync();
        await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("承認しました。");
    }
}
