using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>Closing the plan period (issue 22): by the planning office with a reason, or by itself once R6 is all approved; its years then get no entry window until it is reopened with a reason.</summary>
public sealed class PeriodClosingTests : OwnDatabase
{
    [Fact]
    public async Task A_period_closed_with_a_reason_refuses_an_R6_window_until_reopened_with_a_reason_and_both_are_audited()
    {
        using var planning = await PlanningClientAsync();

        using (var blank = await planning.SubmitFormAsync("/planning/period", "/planning/period", [new("reopen", "false"), new("reason", " ")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
            Assert.Contains("終了の理由を入力してください。", await blank.BodyAsync(), StringComparison.Ordinal);
        }

        using (var closed = await planning.SubmitFormAsync("/planning/period", "/planning/period", [new("reopen", "false"), new("reason", "後期基本計画の総括のため")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        Assert.Contains("終了の理由", await planning.GetPageAsync("/planning/period"), StringComparison.Ordinal);
        using (var visitor = Database.CreateClient(new() { AllowAutoRedirect = false }))
        {
            Assert.Contains("後期基本計画の総括のため", await visitor.GetPageAsync("/periods/aso-2-late/review"), StringComparison.Ordinal); // the office's reason
            Assert.Contains("この計画期間は終了しました", await visitor.GetPageAsync("/measures/4"), StringComparison.Ordinal);
        }

        using (var refused = await planning.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("令和6年度の計画期間は終了しています。入力期間を開くには、先に計画期間を理由を付けて再開してください。", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await planning.SubmitFormAsync("/planning/period", "/planning/period", [new("reopen", "true"), new("reason", "")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
            Assert.Contains("再開の理由を入力してください。", await noReason.BodyAsync(), StringComparison.Ordinal);
        }

        using (var reopened = await planning.SubmitFormAsync("/planning/period", "/planning/period", [new("reopen", "true"), new("reason", "令和6年度の実績の訂正のため")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }

        // the final review published at the closing is withdrawn, and its page says why rather than 404 or the old review
        using (var visitor = Database.CreateClient(new() { AllowAutoRedirect = false }))
        {
            var review = await visitor.GetPageAsync("/periods/aso-2-late/review");
            Assert.Contains("市（企画担当）が計画期間を再開したため、いまは終了していません。", review, StringComparison.Ordinal);
            Assert.DoesNotContain("この計画期間は終了しました", await visitor.GetPageAsync("/"), StringComparison.Ordinal);
        }

        using (var opened = await planning.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        await using var scope = Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var actions = await db.AuditEntries.Where(e => e.EntityType == "PlanPeriod" && e.EntityKey == "aso-2-late").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["period.close", "period.reopen"], actions);
    }

    [Fact]
    public async Task With_every_R6_record_approved_the_period_is_closed_and_an_R6_window_is_refused()
    {
        using var planning = await PlanningClientAsync();
        await using (var scope = Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
            var measures = await db.Measures.Where(m => m.Policy!.PlanPeriod!.IsCurrent).Select(m => m.Id).ToListAsync();
            db.PdcaRecords.AddRange(measures.Select(id => new PdcaRecord
            {
                MeasureId = id, FiscalYear = 2024, State = RecordState.Approved, UpdatedAt = DateTime.UtcNow, ApprovedAt = DateTime.UtcNow, Version = Guid.NewGuid(),
            }));
            await db.SaveChangesAsync();
        }

        Assert.Contains("終了（目標年度の記録がすべて承認済み）", await planning.GetPageAsync("/planning/period"), StringComparison.Ordinal);
        using var refused = await planning.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("令和6年度の計画期間は終了しています。", await refused.BodyAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> PlanningClientAsync()
    {
        var email = TestAccounts.NewEmail("closing");
        await TestAccounts.CreateAsync(Database, email, Roles.PlanningOffice);
        var client = Database.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return client;
    }
}
