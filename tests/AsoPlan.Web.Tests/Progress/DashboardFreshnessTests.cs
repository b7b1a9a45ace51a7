using System.Globalization;
using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Plan;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.PlanAdministration;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// The computed dashboard of a year is kept until something it is computed from changes (docs/performance.md,
/// Dashboard). Each test first reads the dashboard (so it is kept), changes one kind of thing, and expects the
/// very next request to show it: an approval, a changed value, a changed target, a plan edit, and a change
/// made through one server read on another. Each works on its own year, so they share one portal.
/// </summary>
public sealed class DashboardFreshnessTests(WorkflowPortal portal) : IClassFixture<WorkflowPortal>
{
    private const int Measure = 13;
    private const string Section = "kensetsu";
    private const int IndicatorCount = 7;

    [Fact]
    public async Task An_approval_shows_on_the_very_next_request()
    {
        const int year = 2021;
        using var planning = await portal.PlanningAsync();
        await SubmitAsync(year, "10");
        Assert.Contains("提出済", await MeasureRowAsync(planning.Client, year), StringComparison.Ordinal);

        using var approved = await Journeys.ApproveAsync(planning, Measure, year);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("承認済", await MeasureRowAsync(planning.Client, year), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_value_shows_on_the_very_next_request()
    {
        const int year = 2022;
        using var planning = await portal.PlanningAsync();
        await SubmitAsync(year, "1");
        var before = await WholeAsync(planning.Client, year);
        Assert.Equal(await EngineOracle.TallyAsync(portal.Factory, year, EngineOracle.SubmittedOrApproved), before);

        // Any save of a value through the app's data layer, whichever page or command makes it.
        await portal.WithDbAsync(async db =>
        {
            foreach (var value in await db.ActualValues.Where(v => v.PdcaRecord!.Measure!.Number == Measure && v.PdcaRecord.FiscalYear == year).ToListAsync())
            {
                value.Value = 999_999;
            }

            await db.SaveChangesAsync();
        });

        await AssertShowsTheNewCountsAsync(planning.Client, year, before);
    }

    [Fact]
    public async Task A_changed_target_shows_on_the_very_next_request()
    {
        const int year = 2023;
        var indicator = await portal.WithDbAsync(db => db.Indicators.AsNoTracking()
            .Where(i => i.Measure!.Number == Measure && i.Direction == IndicatorDirection.Increase && i.BaselineValue != null && i.TargetValue > i.BaselineValue && i.YearTargets.Count == 0)
            .OrderBy(i => i.SortOrder).FirstAsync());
        using var planning = await portal.PlanningAsync();
        await SubmitAsync(year, Invariant(indicator.TargetValue!.Value)); // each value at this indicator's target
        var before = await WholeAsync(planning.Client, year);

        using var edited = await PlanEditingTests.PostGoalAsync(planning, indicator.Code, Invariant(indicator.TargetValue.Value * 10), "Increase", "目標の大幅な上方修正");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await AssertShowsTheNewCountsAsync(planning.Client, year, before);
    }

    [Fact]
    public async Task A_plan_edit_shows_on_the_very_next_request()
    {
        const int year = 2024;
        using var admin = await portal.AdminAsync();
        Assert.DoesNotContain("（改題）", await MeasureRowAsync(admin.Client, year), StringComparison.Ordinal);
        const string action = "/admin/plan/edit/measures/13";
        var form = await admin.Client.GetPageAsync(action);
        var title = HtmlForm.Fields(form, action).Single(f => f.Key == "Title").Value;

        using var saved = await admin.Client.PostWithTokenAsync(action, HtmlForm.Token(form, action), HtmlForm.Fields(form, action).With("Title", title + "（改題）").With("Reason", "表記の見直し"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"実施施策13 {title}（改題）", Html.Text(await MeasureRowAsync(admin.Client, year)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_through_one_server_is_seen_by_another_on_its_next_request()
    {
        const int year = 2021;
        const int measure = 12;
        var email = await portal.CreateAccountAsync(null, Roles.PlanningOffice);
        await using var second = await AppProcess.StartAsync(portal.Factory, "second-server");
        using var there = second.Client(new CookieContainer());
        await there.SignInAsync(email);
        using var planning = await portal.PlanningAsync();
        await portal.SetWindowAsync(year, open: true);
        using var staff = await portal.StaffAsync("iryo-center");
        await Journeys.SubmitAsync(staff, measure, year, [.. Enumerable.Repeat("10", 6)]);
        Assert.Contains("提出済", await MeasureRowAsync(there, year, measure), StringComparison.Ordinal);

        using var approved = await Journeys.ApproveAsync(planning, measure, year); // through this server

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("承認済", await MeasureRowAsync(there, year, measure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_of_a_year_is_kept_while_nothing_changes_through_the_app()
    {
        const int year = 2024;
        const int measure = 12;
        await portal.SetWindowAsync(year, open: true);
        using (var staff = await portal.StaffAsync("iryo-center"))
        {
            await Journeys.SubmitAsync(staff, measure, year, [.. Enumerable.Repeat("1", 6)]);
        }

        using var planning = await portal.PlanningAsync();
        var before = await WholeAsync(planning.Client, year);

        // Behind the app's back (no SaveChanges, so no new marker): the kept page is served, not recomputed.
        await using (var connection = new SqliteConnection(portal.Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ActualValues SET Value = 999999 WHERE PdcaRecordId IN (SELECT r.Id FROM PdcaRecords r JOIN Measures m ON m.Id = r.MeasureId WHERE m.Number = 12 AND r.FiscalYear = 2024)";
            Assert.Equal(6, await command.ExecuteNonQueryAsync());
        }

        Assert.NotEqual(before, await EngineOracle.TallyAsync(portal.Factory, year, EngineOracle.SubmittedOrApproved));
        Assert.Equal(before, await WholeAsync(planning.Client, year));
    }

    private async Task SubmitAsync(int year, string value)
    {
        await portal.SetWindowAsync(year, open: true);
        using var staff = await portal.StaffAsync(Section);
        await Journeys.SubmitAsync(staff, Measure, year, [.. Enumerable.Repeat(value, IndicatorCount)]);
    }

    /// <summary>The whole plan's counts on the next request: changed, and what the engine computes from the tables now.</summary>
    private async Task AssertShowsTheNewCountsAsync(HttpClient client, int year, Core.Progress.RatingTally before)
    {
        var after = await WholeAsync(client, year);
        Assert.NotEqual(before, after);
        Assert.Equal(await EngineOracle.TallyAsync(portal.Factory, year, EngineOracle.SubmittedOrApproved), after);
    }

    private static async Task<Core.Progress.RatingTally> WholeAsync(HttpClient client, int year) =>
        TallyCells.Read(await client.GetPageAsync(Invariant($"/planning/dashboard?year={year}")), "tally-whole", "全指標");

    /// <summary>The dashboard's row of the measure (施策ごとの評価) as the planning office sees it.</summary>
    private static async Task<string> MeasureRowAsync(HttpClient client, int year, int measure = Measure)
    {
        var html = await client.GetPageAsync(Invariant($"/planning/dashboard?year={year}"));
        var start = html.IndexOf(Invariant($"<tr data-measure=\"{measure}\">"), StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for measure {measure}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
