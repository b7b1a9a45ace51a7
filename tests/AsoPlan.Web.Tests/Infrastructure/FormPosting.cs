using System.Net;
using System.Text.RegularExpressions;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: with the antiforgery token of the page the form is on.</summary>
public static partial class FormPosting
{
    /// <summary>GETs <paramref name="pageUrl"/>, takes the antiforgery token from its form and POSTs the fields to <paramref name="actionUrl"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        return await client.PostWithTokenAsync(actionUrl, AntiforgeryToken(page), fields);
    }

    /// <summary>As <see cref="SubmitFormAsync"/>, also sending the page's own values of the named hidden fields, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitFormKeepingAsync(this HttpClient client, string pageUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields, params string[] hiddenFields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var kept = hiddenFields.Select(name =>
        {
            var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
            Assert.True(match.Success, $"{pageUrl} has no hidden field {name}");
            return new KeyValuePair<string, string>(name, WebUtility.HtmlDecode(match.Groups[1].Value));
        });
        return await client.PostWithTokenAsync(actionUrl, AntiforgeryToken(page), fields.Concat(kept));
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string actionUrl, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    /// <summary>The hidden fields of the form on <paramref name="html"/> that posts to <paramref name="action"/> (a confirmation page's button), as the browser sends them.</summary>
    public static List<KeyValuePair<string, string>> HiddenFields(string html, string action)
    {
        var start = html.IndexOf($"action=\"{action}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form posting to {action}");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        return [.. HiddenInput().Matches(form)
            .Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"the page has no antiforgery token:\n{html[..Math.Min(html.Length, 4000)]}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
