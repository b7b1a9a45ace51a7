using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.Voice;

/// <summary>The Atom 1.0 feed of published opinions and the city's replies (RFC 4287), newest first.</summary>
public static class OpinionFeed
{
    public static byte[] Write(PortalPeriod period, Uri site, OpenDataOptions licence, IReadOnlyList<PublishedOpinion> opinions)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(licence);
        ArgumentNullException.ThrowIfNull(opinions);
        var self = new Uri(site, Path(period, "/opinions/feed.atom"));
        var feed = new SyndicationFeed(
            $"{period.PlanName} {period.Name} 市民の皆さまのご意見と市の考え方",
            "実施施策に寄せられたご意見のうち、公表したものを市の考え方とあわせてお知らせします。",
            new Uri(site, Path(period, "/opinions")))
        {
            Id = self.AbsoluteUri,
            LastUpdatedTime = opinions.Count == 0 ? DateTimeOffset.UnixEpoch : Utc(opinions.Max(o => o.PublishedAt)),
            Copyright = new TextSyndicationContent($"{OpenDataSource.Name(period)} — {licence.LicenceName} {licence.LicenceUrl}"),
            Language = "ja",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "阿蘇市 政策防災課" });
        feed.Links.Add(new SyndicationLink(self, "self", null, ChangeFeed.ContentType.Split(';')[0], 0));
        feed.Items = [.. opinions.Select(o =>
        {
            var link = new Uri(site, Path(period, $"/measures/{o.MeasureNumber}") + "#" + o.Anchor);
            var item = new SyndicationItem($"実施施策{o.MeasureNumber}「{o.MeasureTitle}」へのご意見と市の考え方", (SyndicationContent?)null, link, $"{self.AbsoluteUri}#{o.Anchor}", Utc(o.PublishedAt))
            {
                Content = new TextSyndicationContent($"ご意見:\n{o.Text}\n\n市の考え方（{o.SectionName}）:\n{o.Reply}"),
                PublishDate = Utc(o.PublishedAt),
            };
            return item;
        })];

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    public static string Path(PortalPeriod period, string path)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.IsCurrent ? path : $"{path}?{PeriodChoice.QueryKey}={Uri.EscapeDataString(period.Code)}";
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
