using System.Globalization;
using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// Demo records, entered and reviewed through the real pages, spread over the states a real year goes through: R3 approved for every measure with
/// indicators; R4 approved for measures 3–10, submitted for 11–14, returned for 15, a draft for 16.
/// Values sit at varied points along each indicator's path (ahead, on track, behind, below the baseline),
/// and every seventh indicator has no value but a reason, so every band and 未評価 occur.
/// </summary>
public static class DemoActuals
{
    public const int R3 = 2021;
    public const int R4 = 2022;

    public static RecordState? StateOf(int measureNumber, int year) => (year, measureNumber) switch
    {
        (R3, >= 3 and <= 19) => RecordState.Approved,
        (R4, >= 3 and <= 10) => RecordState.Approved,
        (R4, >= 11 and <= 14) => RecordState.Submitted,
        (R4, 15) => RecordState.Returned,
        (R4, 16) => RecordState.Draft,
        _ => null,
    };

    /// <summary>
    /// Enters the demo records through the real workflow over HTTP: the planning office opens R3 and R4,
    /// each section's staff fill in and submit (or only save) their measures' forms, and the planning
    /// office approves or returns them.
    /// </summary>
    public static async Task EnterAsync(PortalFactory factory, SignedIn planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var (measures, goals) = await PlanAsync(factory);
        foreach (var year in new[] { R3, R4 })
        {
            await OpenWindowAsync(planning, year);
        }

        var staff = new Dictionary<string, SignedIn>();
        var n = 0;
        foreach (var year in new[] { R3, R4 })
        {
            foreach (var (number, section) in measures)
            {
                if (StateOf(number, year) is not { } state)
                {
                    continue;
                }

                var member = await StaffOfAsync(factory, staff, section);
                n = await FillInAsync(member, number, year, goals, n, submit: state != RecordState.Draft);
                if (state == RecordState.Approved)
                {
                    Expect(await Journeys.ApproveAsync(planning, number, year), "approve", number, year);
                }
                else if (state == RecordState.Returned)
                {
                    Expect(await Journeys.ReturnAsync(planning, number, year, ReturnComment), "return", number, year);
                }
            }
        }

        foreach (var member in staff.Values)
        {
            member.Dispose();
        }
    }

    public const string ReturnComment = "実績値の根拠を添えてください（デモ）";

    /// <summary>
    /// Opens <paramref name="year"/>, and for each measure (all 20, those without indicators too, in number order) the
    /// owner section's staff submit the demo values through the form and the planning office approves them through the
    /// review page — except the measures <paramref name="submitOnly"/> names, which are left submitted.
    /// </summary>
    public static async Task ApproveYearAsync(PortalFactory factory, SignedIn planning, int year, Func<int, bool>? submitOnly = null)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var (measures, goals) = await PlanAsync(factory);
        await OpenWindowAsync(planning, year);
        var staff = new Dictionary<string, SignedIn>();
        var n = 0;
        foreach (var (number, section) in measures)
        {
            var member = await StaffOfAsync(factory, staff, section);
            n = await FillInAsync(member, number, year, goals, n, submit: true);
            if (submitOnly?.Invoke(number) != true)
            {
                Expect(await Journeys.ApproveAsync(planning, number, year), "approve", number, year);
            }
        }

        foreach (var member in staff.Values)
        {
            member.Dispose();
        }
    }

    /// <summary>The section's staff member, signed in once and kept in <paramref name="staff"/>.</summary>
    private static async Task<SignedIn> StaffOfAsync(PortalFactory factory, Dictionary<string, SignedIn> staff, string section)
    {
        if (!staff.TryGetValue(section, out var member))
        {
            var email = TestAccounts.NewEmail("staff-" + section);
            await TestAccounts.CreateAsync(factory, email, Roles.SectionStaff, section);
            member = new SignedIn(email, factory.CreateClient(new() { AllowAutoRedirect = false }));
            await member.Client.SignInAsync(email);
            staff[section] = member;
        }

        return member;
    }

    private static async Task<(List<(int Number, string Section)> Measures, Dictionary<int, IndicatorGoal> Goals)> PlanAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var measures = await db.Measures.OrderBy(m => m.Number).Select(m => new { m.Number, m.OwnerSection!.Code }).ToListAsync();
        var indicators = await db.Indicators.ToListAsync();
        return ([.. measures.Select(m => (m.Number, m.Code))], indicators.ToDictionary(i => i.Id, IndicatorGoal.For));
    }

    private static async Task OpenWindowAsync(SignedIn planning, int year)
    {
        var page = await planning.Client.GetPageAsync("/planning/windows");
        var action = $"/planning/windows/{year}";
        using var response = await planning.Client.PostWithTokenAsync(action, FormPosting.AntiforgeryToken(page), HtmlForm.Fields(page, action).With("open", "true"));
        Expect(response, "open window", 0, year);
    }

    /// <summary>Types a value (or 未確定 with a reason, for every seventh indicator) into each line of the form and saves or submits it.</summary>
    private static async Task<int> FillInAsync(SignedIn staff, int measure, int year, Dictionary<int, IndicatorGoal> goals, int n, bool submit)
    {
        var url = $"/staff/records/{measure}/{year}";
        var form = await staff.Client.GetPageAsync(url);
        var fields = HtmlForm.Fields(form, url + "/")
            .With("Form.DoText", $"実施施策{measure}の取組実績（デモ）")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "おおむね計画どおり（デモ）")
            .With("Form.ActionText", "次年度も継続（デモ）");
        for (var i = 0; HtmlForm.Value(fields, $"Form.Values[{i}].IndicatorId") is { } id; i++)
        {
            n++;
            var goal = goals[int.Parse(id, CultureInfo.InvariantCulture)];
            fields = DemoValues.LeftOpen(n)
                ? fields.With($"Form.Values[{i}].NotAvailable", "true").With($"Form.Values[{i}].NotAvailableReason", "統計の公表待ち（デモ）")
                : fields.With($"Form.Values[{i}].Value", DemoValues.At(goal, year, DemoValues.Position(n)).ToString("F" + goal.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }

        if (submit)
        {
            await Journeys.SaveAndSubmitAsync(staff.Client, measure, year, FormPosting.AntiforgeryToken(form), fields);
            return n;
        }

        using var response = await staff.Client.PostWithTokenAsync(url + "/save", FormPosting.AntiforgeryToken(form), fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"save {measure}/{year}: {(int)response.StatusCode} {ErrorsIn(await response.BodyAsync())}");
        return n;
    }

    private static string ErrorsIn(string html) =>
        string.Join(" / ", System.Text.RegularExpressions.Regex.Matches(html, "class=\"text-danger[^\"]*\"[^>]*>([^<]+)<").Select(m => m.Groups[1].Value));

    private static void Expect(HttpResponseMessage response, string step, int measure, int year) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step} {measure}/{year}: {(int)response.StatusCode}");
}
