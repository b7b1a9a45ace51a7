using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AsoPlan.Core.Periods;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>
/// The planning office's 成果・課題 in the final review: a draft is not public; the one who wrote it cannot approve it;
/// another member's approval publishes it on the review page, in its CSV (never as a live formula) and in open data,
/// and both steps are audited.
/// </summary>
[Collection(FinalReviewPortalDefinition.Name)]
public sealed class FinalReviewTextTests(FinalReviewPortal portal)
{
    private const string Results = "=HYPERLINK(\"http://example.com\") 観光客の回復と移住相談の増加が成果です。";
    private const string Issues = "人口減少への対応を次期計画に引き継ぎます。";

    [Fact]
    public async Task A_draft_is_published_only_once_another_member_of_the_planning_office_approves_it()
    {
        using var writer = await portal.ClientAsync(portal.PlanningEmail);
        using var approver = await portal.ClientAsync(portal.SecondPlanningEmail);
        using var visitor = portal.Anonymous();

        using (var empty = await writer.SubmitFormAsync("/planning/period/review/13", "/planning/period/review/13", [new("results", " "), new("issues", "")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            Assert.Contains("成果か課題のどちらかを入力してください。", await empty.BodyAsync(), StringComparison.Ordinal);
        }

        using (var saved = await writer.SubmitFormAsync("/planning/period/review/13", "/planning/period/review/13", [new("results", Results), new("issues", Issues)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.DoesNotContain("観光客の回復", await visitor.GetPageAsync("/periods/aso-2-late/review"), StringComparison.Ordinal);
        var writersPage = await writer.GetPageAsync("/planning/period/review/13");
        Assert.Contains("この下書きはあなたが書いたため、別の企画担当者が確認して承認します", writersPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/planning/period/review/13/approve", writersPage, StringComparison.Ordinal);
        var approval = HtmlForm.Fields(await approver.GetPageAsync("/planning/period/review/13"), "/planning/period/review/13/approve");
        using (var own = await writer.SubmitFormAsync("/planning/period/review/13", "/planning/period/review/13/approve", approval))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
            Assert.Contains("あなたが入力したため承認できません（職務の分離）", await own.BodyAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("観光客の回復", await visitor.GetPageAsync("/periods/aso-2-late/review"), StringComparison.Ordinal);
        using (var approved = await ApproveAsync(approver, "13"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var page = await visitor.GetPageAsync("/periods/aso-2-late/review");
        Assert.Contains("data-measure-results=\"13\">=HYPERLINK(&quot;http://example.com&quot;) 観光客の回復", page, StringComparison.Ordinal);
        Assert.Contains(Issues, page, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await visitor.GetByteArrayAsync(new Uri("/periods/aso-2-late/review.csv", UriKind.Relative)));
        var row = Csv.Rows(csv[1..]).First(r => r["施策番号"] == "13");
        Assert.Equal("'" + Results, row["施策の成果"]); // shown as text by Excel, never run
        Assert.Equal(Issues, row["施策の課題"]);

        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var trail = await db.AuditEntries.Where(e => e.EntityType == FinalReviewTexts.EntityType && e.EntityKey == "aso-2-late/M13").OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToListAsync();
        Assert.Equal([(FinalReviewTexts.SaveAction, portal.PlanningEmail), (FinalReviewTexts.ApproveAction, portal.SecondPlanningEmail)], trail.Select(t => (t.Action, t.Actor)));
    }

    [Fact]
    public async Task The_whole_periods_words_reach_the_page_and_open_data_only_when_approved()
    {
        using var writer = await portal.ClientAsync(portal.SecondPlanningEmail);
        using var approver = await portal.ClientAsync(portal.PlanningEmail);
        using var visitor = portal.Anonymous();
        const string words = "重点テーマの指標の多くが目標に届きました。";

        using (var saved = await writer.SubmitFormAsync("/planning/period/review/period", "/planning/period/review/period", [new("results", words), new("issues", "")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Null(JsonNode.Parse(await visitor.GetStringAsync(new Uri("/opendata/final-results.json", UriKind.Relative)))!["periodResults"]);
        using (var stale = await approver.SubmitFormAsync("/planning/period/review/period", "/planning/period/review/period/approve", [new("version", Guid.NewGuid().ToString())]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode); // not the draft the approver read
        }

        using (var approved = await ApproveAsync(approver, "period"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Contains(words, await visitor.GetPageAsync("/periods/aso-2-late/review"), StringComparison.Ordinal);
        Assert.Equal(words, JsonNode.Parse(await visitor.GetStringAsync(new Uri("/opendata/final-results.json", UriKind.Relative)))!["periodResults"]!.GetValue<string>());
        Assert.Contains("承認済", await approver.GetPageAsync("/planning/period/review"), StringComparison.Ordinal);
    }

    /// <summary>Presses 「この下書きを承認して公表する」 on the text's page (the version it shows is posted back).</summary>
    private static async Task<HttpResponseMessage> ApproveAsync(HttpClient planning, string target)
    {
        var page = await planning.GetPageAsync($"/planning/period/review/{target}");
        var action = $"/planning/period/review/{target}/approve";
        return await planning.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action));
    }
}
