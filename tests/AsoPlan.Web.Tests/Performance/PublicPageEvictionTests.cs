using System.Net;
using System.Text.RegularExpressions;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Performance;

/// <summary>
/// Every kind of cached public page shows a change on the very next anonymous request: an approval through
/// the real workflow for the pages that show approved results, a plan edit for those that show only the plan.
/// "Fresh" is the same page rendered past the cache (an extra query key is a cache miss), compared by its
/// &lt;main&gt;; the page must also have changed, so a page the change does not touch cannot pass by accident.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed partial class PublicPageEvictionTests(WorkflowPortal portal)
{
    private const int Measure = 10; // 福祉課
    private const int Year = 2024;

    [Theory]
    [InlineData("/")]
    [InlineData("/progress")]
    [InlineData("/progress?year=2024")]
    [InlineData("/policies/{policy}")]
    [InlineData("/measures/10")]
    public async Task An_approval_shows_on_the_next_request(string page)
    {
        await portal.SetWindowAsync(Year, open: true);
        await portal.SetRecordStateAsync(Measure, Year, null);
        var address = await AddressAsync(page);
        using var anonymous = portal.Anonymous();
        var before = await CachedMainAsync(anonymous, address);

        using (var staff = await portal.StaffAsync("fukushi"))
        using (var planning = await portal.PlanningAsync())
        {
            await Journeys.SubmitAsync(staff, Measure, Year, "7771", "7772", "7773", "7774", "7775", "7776", "7777");
            using var approved = await Journeys.ApproveAsync(planning, Measure, Year);
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        await AssertNextRequestIsFreshAsync(anonymous, address, before);
    }

    [Theory]
    [InlineData("/sections")]
    [InlineData("/sections/{section}")]
    [InlineData("/sdgs")]
    [InlineData("/policies")]
    public async Task A_plan_edit_shows_on_the_next_request(string page)
    {
        var address = await AddressAsync(page);
        var original = await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == Measure)
            .Select(m => new { m.Title, m.OwnerSection!.ContactPhone }).SingleAsync());
        using var anonymous = portal.Anonymous();
        var before = await CachedMainAsync(anonymous, address);
        try
        {
            await EditPlanAsync("キャッシュ確認用の施策名", "0967-00-0000");
            await AssertNextRequestIsFreshAsync(anonymous, address, before);
        }
        finally
        {
            await EditPlanAsync(original.Title, original.ContactPhone);
        }
    }

    [Fact]
    public async Task Every_entity_type_of_the_model_declares_whether_public_pages_show_it()
    {
        var types = await portal.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType).ToList()));

        var undeclared = types.Where(t => !PublicCacheDeclarations.All.ContainsKey(t)).Select(t => t.Name);
        var stale = PublicCacheDeclarations.All.Keys.Where(t => !types.Contains(t)).Select(t => t.Name);

        Assert.True(!undeclared.Any(), $"declare in PublicCacheDeclarations: {string.Join(", ", undeclared)}");
        Assert.True(!stale.Any(), $"no longer in the model: {string.Join(", ", stale)}");
    }

    /// <summary>Two anonymous requests: the second must come from the cache, or the test proves nothing.</summary>
    private static async Task<string> CachedMainAsync(HttpClient anonymous, string address)
    {
        _ = await anonymous.GetPageAsync(address);
        using var cached = await anonymous.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Age is not null, $"{address} was not served from the cache");
        return MainOf(await cached.Content.ReadAsStringAsync());
    }

    private static async Task AssertNextRequestIsFreshAsync(HttpClient anonymous, string address, string before)
    {
        var next = MainOf(await anonymous.GetPageAsync(address));
        var separator = address.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var fresh = MainOf(await anonymous.GetPageAsync($"{address}{separator}fresh={Guid.NewGuid():N}"));

        Assert.NotEqual(before, fresh);
        Assert.Equal(fresh, next);
    }

    private async Task<string> AddressAsync(string page) => page
        .Replace("{policy}", (await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == Measure).Select(m => m.Policy!.Number).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{section}", await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == Measure).Select(m => m.OwnerSection!.Code).SingleAsync()), StringComparison.Ordinal);

    /// <summary>Through SaveChanges, as the plan editor saves.</summary>
    private Task EditPlanAsync(string title, string? phone) => portal.WithDbAsync(async db =>
    {
        var measure = await db.Measures.Include(m => m.OwnerSection).SingleAsync(m => m.Number == Measure);
        measure.Title = title;
        measure.OwnerSection!.ContactPhone = phone;
        await db.SaveChangesAsync();
    });

    private static string MainOf(string html) => MainElement().Match(html) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("the page has no <main>");

    [GeneratedRegex("<main[\\s\\S]*?</main>")]
    private static partial Regex MainElement();
}
