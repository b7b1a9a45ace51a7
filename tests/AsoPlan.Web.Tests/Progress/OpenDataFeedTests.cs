using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>Open data people can reuse: a stated licence, the last update date and an Atom feed of what was published.</summary>
[Collection(ProgressPortal.Name)]
public sealed class OpenDataFeedTests(ProgressPortalFixture portal)
{
    [Fact]
    public async Task The_open_data_page_names_the_licence_the_last_update_and_links_the_feed()
    {
        using var client = portal.AnonymousClient();
        var html = await client.GetPageAsync("/opendata");
        var text = Html.Text(html);
        var latest = await LatestApprovalAsync();

        Assert.Contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.ja\" rel=\"license\">クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）</a>", html, StringComparison.Ordinal);
        Assert.Contains("公共データ利用規約（第1.0版）（PDL1.0）と互換性があります", text, StringComparison.Ordinal);
        Assert.Contains($"最終更新日 {JapanTime.Date(DateOnly.FromDateTime(latest.AddHours(9)))}", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/opendata/feed.atom\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_is_valid_Atom_with_one_entry_per_approved_record_and_only_approved_ones()
    {
        using var client = portal.AnonymousClient();
        using var response = await client.GetAsync(new Uri("/opendata/feed.atom", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // RFC 4287: the feed and each entry carry id, title and updated; the feed links to itself.
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var document = XDocument.Load(new MemoryStream(bytes));
        var root = document.Root!;
        Assert.Equal(atom + "feed", root.Name);
        Assert.All(new[] { "id", "title", "updated" }, n => Assert.NotNull(root.Element(atom + n)));
        Assert.Contains(root.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Contains("CC BY 4.0", (string?)root.Element(atom + "rights"), StringComparison.Ordinal);
        var entries = root.Elements(atom + "entry").ToList();
        Assert.All(entries, e => Assert.All(new[] { "id", "title", "updated" }, n => Assert.NotNull(e.Element(atom + n))));

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        var approved = await ApprovedAsync();
        Assert.Equal(approved.Count, feed.Items.Count());
        foreach (var (measure, year) in approved)
        {
            Assert.Contains(feed.Items, i => i.Title.Text == $"実施施策{measure}の{ValueFormat.Wareki(year)}の実績を公表しました"
                && i.Links.Any(l => l.Uri.AbsolutePath == $"/measures/{measure}"));
        }

        // Submitted, returned and draft records of R4 (measures 11–16) are not announced.
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == $"実施施策11の{ValueFormat.Wareki(DemoActuals.R4)}の実績を公表しました");
    }

    private async Task<List<(int Measure, int Year)>> ApprovedAsync()
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var rows = await db.PdcaRecords.Where(r => r.State == RecordState.Approved).Select(r => new { r.Measure!.Number, r.FiscalYear }).ToListAsync();
        return [.. rows.Select(r => (r.Number, r.FiscalYear))];
    }

    private async Task<DateTime> LatestApprovalAsync()
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        return await db.PdcaRecords.Where(r => r.State == RecordState.Approved).MaxAsync(r => r.ApprovedAt!.Value);
    }
}
