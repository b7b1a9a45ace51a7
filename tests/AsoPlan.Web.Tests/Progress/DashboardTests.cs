using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Progress;

[Collection(ProgressPortal.Name)]
public sealed class DashboardTests(ProgressPortalFixture portal)
{
    [Fact]
    public async Task Whole_plan_counts_in_R4_are_the_engines_over_submitted_and_approved_values()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/dashboard?year=2022");

        var expected = await EngineOracle.TallyAsync(portal.Factory, DemoActuals.R4, EngineOracle.SubmittedOrApproved);
        var shown = TallyCells.Read(html, "tally-whole", "全指標");

        Assert.Equal(expected, shown);
        Assert.Equal(72, shown.Total);
        // the returned (15) and draft (16) records' values are not counted, so some bands must be below R3's
        Assert.True(shown.Unrated > 0);
    }

    [Fact]
    public async Task Policy_rows_add_up_to_the_whole_and_match_the_engine_per_policy()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/dashboard?year=2021");

        var whole = TallyCells.Read(html, "tally-whole", "全指標");
        var policies = new[] { "政策1「発展」", "政策2「躍進」", "政策3「元気」", "政策4「健康」", "政策5「安全」", "政策6「安心」" };
        var rows = policies.Select(p => TallyCells.Read(html, "tally-policy", p)).ToList();

        Assert.Equal(whole, rows.Aggregate(RatingTally.Empty, (sum, row) => sum + row));
        var policy4 = await EngineOracle.TallyAsync(portal.Factory, DemoActuals.R3, EngineOracle.SubmittedOrApproved, j => j.PolicyNumber == 4, rows[3].Total);
        Assert.Equal(policy4, rows[3]);
    }

    [Fact]
    public async Task Submission_matrix_shows_each_state_as_words_and_numbers()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/dashboard?year=2022");

        Assert.Contains("担当課ごとの施策の記録の状態", html, StringComparison.Ordinal);
        foreach (var state in new[] { "承認済", "提出済", "差戻し", "下書き", "未入力" })
        {
            Assert.Contains($">{state}</span>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Furthest_behind_lists_D_rows_first_with_their_numbers()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/dashboard?year=2021");

        var behind = html[html.IndexOf("id=\"behind\"", StringComparison.Ordinal)..];
        behind = behind[..behind.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("D 遅れ", behind, StringComparison.Ordinal);
        Assert.Contains("基準値より悪化", behind, StringComparison.Ordinal);
        Assert.True(behind.IndexOf("D 遅れ", StringComparison.Ordinal) < Math.Max(0, behind.IndexOf("C やや遅れ", StringComparison.Ordinal)) || !behind.Contains("C やや遅れ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("令和3")]
    [InlineData("2021abc")]
    public async Task A_year_outside_R3_to_R6_is_explained_not_an_error(string year)
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync($"/planning/dashboard?year={Uri.EscapeDataString(year)}");

        Assert.Contains("指定された年度は対象外です。令和3年度から令和6年度までの年度を選んでください", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_down_shows_every_year_with_plan_do_check_action_and_the_review_comment()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/dashboard/measures/15");

        Assert.Contains("Plan（計画）", html, StringComparison.Ordinal);
        Assert.Contains("令和3年度 <span class=\"badge text-bg-light border\">承認済</span>", html, StringComparison.Ordinal);
        Assert.Contains("令和4年度 <span class=\"badge text-bg-light border\">差戻し</span>", html, StringComparison.Ordinal);
        Assert.Contains("令和5年度 <span class=\"badge text-bg-light border\">未入力</span>", html, StringComparison.Ordinal);
        Assert.Contains(DemoActuals.ReturnComment, html, StringComparison.Ordinal);
        Assert.Contains("実施施策15の取組実績（デモ）", html, StringComparison.Ordinal);
        // a year without a record still closes its section (the HTML checker caught it once)
        Assert.Equal(html.Split("<section").Length, html.Split("</section>").Length);
    }

    [Fact]
    public async Task Unknown_measure_is_404()
    {
        using var client = await portal.PlanningClientAsync();
        await client.GetPageAsync("/planning/dashboard/measures/99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_planning_office_and_admins_see_the_dashboard()
    {
        using var anonymous = portal.AnonymousClient();
        using var redirect = await anonymous.GetAsync(new Uri("/planning/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login?", redirect.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var staff = TestAccounts.NewEmail("staff");
        await TestAccounts.CreateAsync(portal.Factory, staff, Roles.SectionStaff, "nosei");
        using var staffClient = portal.AnonymousClient();
        await staffClient.SignInAsync(staff);
        await staffClient.GetPageAsync("/planning/dashboard", HttpStatusCode.Forbidden);
        await staffClient.GetPageAsync("/planning/dashboard/measures/3", HttpStatusCode.Forbidden);

        var admin = TestAccounts.NewEmail("admin");
        await TestAccounts.CreateAsync(portal.Factory, admin, Roles.Admin);
        using var adminClient = portal.AnonymousClient();
        await adminClient.SignInAsync(admin);
        await adminClient.GetPageAsync("/planning/dashboard");
    }
}
