using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>The Atom 1.0 feed of published changes (RFC 4287), written with System.ServiceModel.Syndication.</summary>
public static class ChangeFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(PortalPeriod period, Uri site, OpenDataOptions licence, IReadOnlyList<PublishedChange> changes)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(licence);
        ArgumentNullException.ThrowIfNull(changes);
        var self = new Uri(site, FeedPath(period));
        var feed = new SyndicationFeed(
            $"{period.PlanName} {period.Name} の公表・変更のお知らせ",
            "承認された実績の公表と、計画の変更（変更の経緯）をお知らせします。",
            new Uri(site, "/opendata"))
        {
            Id = self.AbsoluteUri,
            LastUpdatedTime = changes.Count == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(DateTime.SpecifyKind(changes.Max(c => c.AtUtc), DateTimeKind.Utc)),
            Copyright = new TextSyndicationContent($"{OpenDataSource.Name(period)} — {licence.LicenceName} {licence.LicenceUrl}"),
            Language = "ja",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "阿蘇市 政策防災課" });
        feed.Links.Add(new SyndicationLink(self, "self", null, ContentType.Split(';')[0], 0));
        feed.Items = changes.Select(change =>
        {
            var link = new Uri(site, change.Path);
            var item = new SyndicationItem(change.Title, change.Summary, link, $"{self.AbsoluteUri}#{change.Id}", new DateTimeOffset(DateTime.SpecifyKind(change.AtUtc, DateTimeKind.Utc)));
            item.PublishDate = item.LastUpdatedTime;
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    /// <summary>The feed's address for the period shown (the current period's carries no query).</summary>
    public static string FeedPath(PortalPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.IsCurrent ? "/opendata/feed.atom" : $"/opendata/feed.atom?{PeriodChoice.QueryKey}={Uri.EscapeDataString(period.Code)}";
    }
}
