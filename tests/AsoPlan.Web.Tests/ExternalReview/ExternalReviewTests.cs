using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.ExternalReview;

/// <summary>
/// The external review for 令和3年度: the planning office opens the round, a reviewer (time-limited account) records a
/// finding on 実施施策13, the office closes the round and publishes the committee's finding and the city's response,
/// which the measure page and the yearly report then show. What a reviewer may not do is refused.
/// </summary>
public sealed class ExternalReviewTests : OwnPortal
{
    private const int Year = 2021;
    private const int Measure = 13;

    [Fact]
    public async Task A_reviewers_finding_for_R3_becomes_the_published_committee_finding_on_the_measure_page_and_in_the_report()
    {
        await Records.AddAsync(Factory, Measure, Year, RecordState.Approved, "M13-I01", 20m);
        using var planning = await SignInAsync(Roles.PlanningOffice, null);
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));

        await reviewer.Client.GetPageAsync("/review"); // no round yet: says so
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "true")], HttpStatusCode.Redirect);

        var page = await reviewer.Client.GetPageAsync($"/review/measures/{Measure}");
        Assert.Contains("取組実績（Do）", page, StringComparison.Ordinal);
        var refused = await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "2"), new("text", "")], (HttpStatusCode)422);
        Assert.Contains("評価を「一部見直しが必要」とする場合は、見直しが必要な点（意見）を入力してください。", refused, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.ReviewerFindings.CountAsync()));
        await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "2"), new("text", "耐震化率の目標の根拠を示すべき。")], HttpStatusCode.Redirect);
        var finding = await WithDbAsync(db => db.ReviewerFindings.SingleAsync());
        Assert.Equal((FindingRating.PartlyNeedsReview, reviewer.Email), (finding.Rating, finding.Reviewer));

        var compile = $"/planning/external-review/{Year}/measures/{Measure}";
        Assert.Contains("耐震化率の目標の根拠を示すべき。", await planning.Client.GetPageAsync(compile), StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>> { new("rating", "2"), new("committeeOpinion", "目標設定の根拠を計画書に明記されたい。"), new("cityResponse", "令和4年度の計画見直しで根拠を追記します。") };
        var whileOpen = await PostAsync(planning.Client, compile, compile, [.. fields, new("publish", "true")], (HttpStatusCode)422);
        Assert.Contains("令和3年度の外部評価は受付中です。受付を終了してから公表してください。", whileOpen, StringComparison.Ordinal);
        Assert.DoesNotContain("目標設定の根拠を計画書に明記されたい。", await Anonymous().GetPageAsync($"/measures/{Measure}"), StringComparison.Ordinal);

        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2021", [new("open", "false")], HttpStatusCode.Redirect);
        await PostAsync(reviewer.Client, $"/review/measures/{Measure}", $"/review/measures/{Measure}/finding", [new("rating", "1")], HttpStatusCode.Forbidden); // closed: final
        await PostAsync(planning.Client, compile, compile, [.. fields, new("publish", "true")], HttpStatusCode.Redirect);

        var measurePage = await Anonymous().GetPageAsync($"/measures/{Measure}");
        Assert.Contains("審議会の意見", measurePage, StringComparison.Ordinal);
        Assert.Contains("目標設定の根拠を計画書に明記されたい。", measurePage, StringComparison.Ordinal);
        Assert.Contains("令和4年度の計画見直しで根拠を追記します。", measurePage, StringComparison.Ordinal);
        Assert.Contains("令和3年度の外部評価", measurePage, StringComparison.Ordinal);
        Assert.DoesNotContain("耐震化率の目標の根拠を示すべき。", measurePage, StringComparison.Ordinal); // a reviewer's own words stay inside

        var report = await planning.Client.GetPageAsync($"/planning/report?year={Year}");
        Assert.Contains("目標設定の根拠を計画書に明記されたい。", report, StringComparison.Ordinal);
        Assert.Contains("令和4年度の計画見直しで根拠を追記します。", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_edit_plan_texts_read_opinions_or_work_after_the_last_day()
    {
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        var token = FormPosting.AntiforgeryToken(await reviewer.Client.GetPageAsync("/account"));

        using var approve = await reviewer.Client.PostWithTokenAsync($"/planning/records/{Measure}/{Year}/approve", token, [new("version", Guid.Empty.ToString())]);
        using var planText = await reviewer.Client.PostWithTokenAsync($"/admin/plan/edit/measures/{Measure}", token, [new("Title", "書き換え")]);
        using var opinions = await reviewer.Client.GetAsync(new Uri("/planning/opinions", UriKind.Relative));
        using var staff = await reviewer.Client.GetAsync(new Uri($"/staff/records/{Measure}/{Year}", UriKind.Relative));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { approve.StatusCode, planText.StatusCode, opinions.StatusCode, staff.StatusCode });

        using var expired = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)));
        var home = await expired.Client.GetPageAsync("/review", HttpStatusCode.Forbidden);
        Assert.Contains("利用期間が終了しています", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_reads_only_the_year_under_review_and_only_submitted_or_approved_records()
    {
        await Records.SetStateAsync(Factory, Measure, 2022, RecordState.Draft);
        using var planning = await SignInAsync(Roles.PlanningOffice, null);
        using var reviewer = await SignInAsync(Roles.Reviewer, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        await PostAsync(planning.Client, "/planning/external-review", "/planning/external-review/rounds/2022", [new("open", "true")], HttpStatusCode.Redirect);

        var page = await reviewer.Client.GetPageAsync($"/review/measures/{Measure}");
        Assert.Contains("令和4年度の評価はまだ提出されていません。", page, StringComparison.Ordinal); // a draft is not shown
        Assert.DoesNotContain("取組実績（Do）", page, StringComparison.Ordinal);
    }

    private async Task<SignedInReviewer> SignInAsync(string role, DateOnly? accessUntil)
    {
        var email = TestAccounts.NewEmail(role.ToLowerInvariant());
        await TestAccounts.CreateAsync(Factory, email, role);
        await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.ReviewerAccessUntil = accessUntil;
            return await db.SaveChangesAsync();
        });
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return new SignedInReviewer(email, client);
    }

    private HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false });

    private static async Task<string> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields, HttpStatusCode expected)
    {
        using var response = await client.SubmitFormAsync(page, action, fields);
        var body = await response.BodyAsync();
        Assert.True(expected == response.StatusCode, $"{action}: expected {(int)expected}, got {(int)response.StatusCode}\n{Html.Text(body)}");
        return body;
    }

    private async Task<T> WithDbAsync<T>(Func<AsoPlanDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
    }

    private sealed record SignedInReviewer(string Email, HttpClient Client) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
