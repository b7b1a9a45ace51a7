using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Reminders;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// A portal with a fake clock on which the queue's records are submitted, returned and resubmitted through the pages
/// on different days, once for all the queue tests.
/// </summary>
public sealed class ReviewQueuePortal : IAsyncLifetime
{
    public ReminderPortal Portal { get; } = new();

    public string PlanningEmail { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        PlanningEmail = TestAccounts.NewEmail("planning");
        await TestAccounts.CreateAsync(Portal.Factory, PlanningEmail, Roles.PlanningOffice);
        var seisaku = await Portal.StaffAccountAsync("seisaku-bosai"); // measures 1, 2 and 18
        var shisho = await Portal.StaffAccountAsync("shisho");         // measure 20

        using (var planning = await AsAsync(PlanningEmail))
        {
            await SetWindowAsync(planning, 2021, open: true);
        }

        using (var staff = await AsAsync(seisaku))
        {
            await Journeys.SubmitEntriesAsync(staff, 1, 2021);
        }

        using (var planning = await AsAsync(PlanningEmail))
        {
            await SetWindowAsync(planning, 2021, open: false);
            await SetWindowAsync(planning, 2022, open: true);
        }

        // Day 0: measure 1; day 1: measure 2; day 2: 2 returned, 20 submitted; day 3: 2 resubmitted, 18 only saved.
        using (var staff = await AsAsync(seisaku))
        {
            await Journeys.SubmitEntriesAsync(staff, 1, 2022);
        }

        Portal.Clock.Advance(TimeSpan.FromDays(1));
        using (var staff = await AsAsync(seisaku))
        {
            await Journeys.SubmitEntriesAsync(staff, 2, 2022);
        }

        Portal.Clock.Advance(TimeSpan.FromDays(1));
        using (var planning = await AsAsync(PlanningEmail))
        using (var returned = await Journeys.ReturnAsync(planning, 2, 2022, "取組の件数を書いてください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        using (var staff = await AsAsync(shisho))
        {
            await Journeys.SubmitEntriesAsync(staff, 20, 2022);
        }

        Portal.Clock.Advance(TimeSpan.FromDays(1));
        using (var staff = await AsAsync(seisaku))
        {
            await Journeys.SubmitEntriesAsync(staff, 2, 2022);
            using var saved = await staff.Client.SubmitFormAsync("/staff/records/18/2022", "/staff/records/18/2022/save", HtmlForm.Fields(await staff.Client.GetPageAsync("/staff/records/18/2022"), "/staff/records/18/2022/"));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Portal.Clock.Advance(TimeSpan.FromDays(2));
    }

    public Task DisposeAsync() => Portal.DisposeAsync();

    public async Task<SignedIn> AsAsync(string email)
    {
        var client = Portal.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return new SignedIn(email, client);
    }

    private static async Task SetWindowAsync(SignedIn planning, int year, bool open)
    {
        using var response = await planning.Client.SubmitFormAsync("/planning/windows", $"/planning/windows/{year}", [new("open", open ? "true" : "false"), new("deadline", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

/// <summary>The planning office's review queue at /planning, read as the office reads it.</summary>
public sealed class ReviewQueueTests(ReviewQueuePortal queue) : IClassFixture<ReviewQueuePortal>
{
    [Fact]
    public async Task By_default_the_queue_lists_this_years_submissions_and_resubmissions_longest_waiting_first()
    {
        using var planning = await queue.AsAsync(queue.PlanningEmail);

        var html = await planning.Client.GetPageAsync("/planning");

        var rows = Rows(html);
        Assert.Equal(["実施施策1", "実施施策20", "実施施策2"], rows.Select(r => r.Measure));
        Assert.All(rows, r => Assert.Contains("令和4年度", r.Text, StringComparison.Ordinal));
        Assert.Contains("提出済 提出から5日", rows[0].Text, StringComparison.Ordinal);
        Assert.Contains("提出済 提出から3日", rows[1].Text, StringComparison.Ordinal);
        Assert.Contains("再提出 提出から2日", rows[2].Text, StringComparison.Ordinal);
        Assert.Contains("確認・承認", rows[2].Text, StringComparison.Ordinal);
        Assert.Contains("令和4年度・すべての課・確認待ち（提出済・再提出）", Html.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_count_links_to_its_filtered_list_which_can_be_bookmarked()
    {
        using var planning = await queue.AsAsync(queue.PlanningEmail);
        var html = await planning.Client.GetPageAsync("/planning");

        Assert.Contains("<a href=\"/planning?year=2022&amp;state=review\" class=\"active\" aria-current=\"page\">確認待ち（提出済・再提出）: <strong>3</strong>件</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning?year=2022&amp;state=submitted\">提出済: <strong>2</strong>件</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning?year=2022&amp;state=resubmitted\">再提出: <strong>1</strong>件</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning?year=2022&amp;state=draft\">下書き: <strong>1</strong>件</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning?year=2022&amp;state=none\">未入力: <strong>16</strong>件</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning?year=2022&amp;state=all\">すべての状態: <strong>20</strong>件</a>", html, StringComparison.Ordinal);

        Assert.Equal(["実施施策2"], Rows(await planning.Client.GetPageAsync("/planning?year=2022&state=resubmitted")).Select(r => r.Measure));
        Assert.Equal(["実施施策18"], Rows(await planning.Client.GetPageAsync("/planning?year=2022&state=draft")).Select(r => r.Measure));
        Assert.Equal(["実施施策1"], Rows(await planning.Client.GetPageAsync("/planning?year=2021&state=review")).Select(r => r.Measure));
    }

    [Fact]
    public async Task Filters_by_section_and_over_every_year_and_state()
    {
        using var planning = await queue.AsAsync(queue.PlanningEmail);

        var section = Rows(await planning.Client.GetPageAsync("/planning?year=2022&state=all&section=seisaku-bosai"));
        var everything = Rows(await planning.Client.GetPageAsync("/planning?year=all&state=all"));
        var sectionAllYears = await planning.Client.GetPageAsync("/planning?year=all&state=review&section=seisaku-bosai");

        Assert.Equal(["実施施策1", "実施施策2", "実施施策18"], section.Select(r => r.Measure)); // waiting first, then in plan order
        Assert.Equal(80, everything.Count); // 20 measures × R3–R6
        Assert.Equal(3, Rows(sectionAllYears).Count); // 1 and 2 of R4 and 1 of R3
        Assert.Contains("<option value=\"seisaku-bosai\" selected=\"selected\">政策防災課</option>", sectionAllYears, StringComparison.Ordinal);
        Assert.Contains("<option value=\"all\" selected=\"selected\">すべての年度</option>", sectionAllYears, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/planning?year=1999", "年度「1999」はこの計画期間にありません。令和4年度を表示しています。")]
    [InlineData("/planning?year=%E4%BB%A4%E5%92%8C4", "年度「令和4」はこの計画期間にありません。令和4年度を表示しています。")]
    [InlineData("/planning?state=finished", "状態「finished」は選べません。確認待ち（提出済・再提出）を表示しています。")]
    [InlineData("/planning?section=%3Cb%3Enone%3C%2Fb%3E", "担当課「<b>none</b>」は選べません。すべての課を表示しています。")]
    public async Task An_unknown_filter_value_is_named_and_the_default_list_shown(string url, string message)
    {
        using var planning = await queue.AsAsync(queue.PlanningEmail);

        var html = await planning.Client.GetPageAsync(url);

        Assert.Contains(message, Html.Text(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>none</b>", html, StringComparison.Ordinal);
        Assert.Equal(3, Rows(html).Count);
    }

    /// <summary>The queue's rows in order: the measure (実施施策N) and the row's text.</summary>
    private static List<(string Measure, string Text)> Rows(string html)
    {
        var start = html.IndexOf("<tbody>", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var body = html[start..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return [.. body.Split("<tr>").Skip(1).Select(Html.Text).Select(t => (t.Trim().Split(' ')[0], t))];
    }
}
