using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Web.Features.Voice;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Voice;

/// <summary>
/// The retention run (docs/citizen-voice.md#retention), as the app's background service runs it on the real clock: an
/// opinion received in 令和6年度 is past its period today (kept until 令和8年3月31日), one of 令和7年度 is not yet.
/// </summary>
public sealed class OpinionRetentionTests : OwnPortal
{
    private const string Name = "保存 花子";

    // 令和6年度 and 令和7年度 (received in June, in Japan).
    private static readonly DateTime PastPeriod = new(2024, 6, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime WithinPeriod = new(2025, 6, 1, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Past_its_period_an_opinion_loses_the_senders_details_and_an_unpublished_one_its_text_while_a_published_one_keeps_its_words()
    {
        Assert.True(DateTime.UtcNow > new DateTime(2026, 3, 31, 15, 0, 0, DateTimeKind.Utc), "this test reads today's date: 令和6年度's opinions are past their period from 令和8年4月1日");
        var withheld = await AddAsync("非公表にした意見の本文", OpinionState.NotPublished, PastPeriod);
        var published = await AddAsync("公表した意見の本文", OpinionState.Published, PastPeriod);
        var handling = await AddAsync("まだ対応中の意見の本文", OpinionState.Assigned, PastPeriod);
        var recent = await AddAsync("保存期間内の意見の本文", OpinionState.NotPublished, WithinPeriod);

        var run = Factory.Services.GetRequiredService<OpinionRetentionBackgroundService>();
        Assert.Equal(3, await run.RunAsync(CancellationToken.None));
        Assert.Equal(0, await run.RunAsync(CancellationToken.None)); // nothing is erased twice

        var (w, p, h, r) = (await ReloadAsync(withheld), await ReloadAsync(published), await ReloadAsync(handling), await ReloadAsync(recent));
        Assert.All([w, p, h], o => Assert.Equal((null, null, null), (o.SenderName, o.AgeGroup, o.District)));
        Assert.All([w, p, h], o => Assert.NotNull(o.SenderDetailsErasedAt));
        Assert.Equal((null, null, null), (w.Text, w.ReplyText, w.Fingerprint));
        Assert.Equal(("公表した意見の本文", "市の考え方の本文"), (p.Text, p.ReplyText));
        Assert.Equal("まだ対応中の意見の本文", h.Text); // kept until it is decided
        Assert.Equal((Name, "40s", "namino", "保存期間内の意見の本文"), (r.SenderName, r.AgeGroup, r.District, r.Text));

        // What people see: the office's page has no name or text left, the public page still has the published words.
        using var planning = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var email = TestAccounts.NewEmail("retention");
        await TestAccounts.CreateAsync(Factory, email, Roles.PlanningOffice);
        await planning.SignInAsync(email);
        var page = Html.Text(await planning.GetPageAsync($"/planning/opinions/{withheld}"));
        Assert.DoesNotContain(Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("非公表にした意見の本文", page, StringComparison.Ordinal);
        Assert.Contains(Name, await planning.GetPageAsync($"/planning/opinions/{recent}"), StringComparison.Ordinal);
        using var anonymous = Factory.CreateClient();
        Assert.Contains("公表した意見の本文", await anonymous.GetPageAsync("/measures/13"), StringComparison.Ordinal);

        var trail = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == OpinionActions.Erase).ToListAsync());
        Assert.Equal(3, trail.Count);
        Assert.All(trail, a => Assert.Equal(OpinionRetentionRun.Actor, a.Actor));
        Assert.All(trail, a => Assert.DoesNotContain(Name, (a.Before ?? "") + (a.After ?? ""), StringComparison.Ordinal));
        Assert.All(trail, a => Assert.DoesNotContain("意見の本文", (a.Before ?? "") + (a.After ?? ""), StringComparison.Ordinal));
    }

    /// <summary>An opinion on 実施施策13 with the sender's details, answered by 建設課, in <paramref name="state"/>.</summary>
    private Task<long> AddAsync(string text, OpinionState state, DateTime receivedAt) => WithDbAsync(async db =>
    {
        var measureId = await db.Measures.Where(m => m.Number == 13 && m.Policy!.PlanPeriod!.IsCurrent).Select(m => m.Id).SingleAsync();
        var sectionId = await db.Sections.Where(s => s.Code == "kensetsu").Select(s => s.Id).SingleAsync();
        var sequence = (await db.Opinions.MaxAsync(o => (int?)o.ReceiptSequence) ?? 0) + 1;
        var opinion = new Opinion
        {
            MeasureId = measureId,
            ReceiptYear = receivedAt.Year,
            ReceiptSequence = sequence,
            ReceiptCheck = "KEEP",
            ReceivedAt = receivedAt,
            ChangedAt = receivedAt,
            Text = text,
            SenderName = Name,
            AgeGroup = "40s",
            District = "namino",
            ConsentToPublish = true,
            Fingerprint = OpinionDuplicates.Fingerprint(text),
            State = state,
            AssignedSectionId = sectionId,
            ReplyText = "市の考え方の本文",
            PublishedAt = state == OpinionState.Published ? receivedAt.AddDays(30) : null,
            NotPublishedReason = state == OpinionState.NotPublished ? NotPublishedReason.OffTopic : null,
        };
        db.Opinions.Add(opinion);
        await db.SaveChangesAsync();
        return opinion.Id;
    });

    private Task<Opinion> ReloadAsync(long id) => WithDbAsync(db => db.Opinions.AsNoTracking().SingleAsync(o => o.Id == id));

    private async Task<T> WithDbAsync<T>(Func<AsoPlanDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
    }
}
