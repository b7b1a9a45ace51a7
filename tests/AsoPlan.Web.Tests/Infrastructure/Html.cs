using System.Net;
using System.Text.RegularExpressions;

namespace AsoPlan.Web.Tests.Infrastructure;

public static partial class Html
{
    /// <summary>The page's visible text with tags removed and entities decoded, ASCII whitespace folded (the ideographic space stays).</summary>
    public static string Text(string html)
    {
        var noTags = TagPattern().Replace(html, " ");
        return SpacePattern().Replace(WebUtility.HtmlDecode(noTags), " ");
    }

    public static string Title(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value);

    /// <summary>The part of the page inside the element with this id (up to the element's end tag name).</summary>
    public static string Section(string html, string id, string endTag)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element with id {id}");
        var end = html.IndexOf($"</{endTag}>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The page's breadcrumb trail (the navigation labelled 現在位置).</summary>
    public static string Breadcrumbs(string html)
    {
        var start = html.IndexOf("aria-label=\"現在位置\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no breadcrumb trail");
        return html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();
}
