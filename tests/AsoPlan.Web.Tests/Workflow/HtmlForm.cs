using System.Net;
using System.Text.RegularExpressions;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>Reads a rendered form back the way a browser would submit it again: inputs, checked boxes, textareas.</summary>
public static partial class HtmlForm
{
    private const string TokenField = "__RequestVerificationToken";

    /// <summary>
    /// The fields a browser would post from the page's form whose action starts with <paramref name="actionPrefix"/>,
    /// without its antiforgery token (see <see cref="Token"/>), so callers post them with a token of their choice.
    /// </summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string actionPrefix) =>
        [.. AllFields(html, actionPrefix).Where(f => f.Key != TokenField)];

    /// <summary>The antiforgery token of that form itself (not of another form on the page); fails when the form has none.</summary>
    public static string Token(string html, string actionPrefix)
    {
        var token = Value(AllFields(html, actionPrefix), TokenField);
        Assert.True(token is not null, $"the form posting to {actionPrefix} carries no antiforgery token");
        return token;
    }

    private static List<KeyValuePair<string, string>> AllFields(string html, string actionPrefix)
    {
        var form = FormPattern().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups["action"].Value).StartsWith(actionPrefix, StringComparison.Ordinal));
        Assert.True(form is not null, $"no form posting to {actionPrefix}:\n{html[..Math.Min(html.Length, 3000)]}");
        var body = form.Groups["body"].Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(body))
        {
            var attributes = Attributes(input.Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }

            var type = attributes.GetValueOrDefault("type", "text");
            if (type is "checkbox" or "radio" && !attributes.ContainsKey("checked"))
            {
                continue;
            }

            if (type is "submit" or "button")
            {
                continue;
            }

            fields.Add(new(name, attributes.GetValueOrDefault("value", type == "checkbox" ? "on" : "")));
        }

        foreach (Match area in TextareaPattern().Matches(body))
        {
            var name = Attributes(area.Groups["open"].Value)["name"];
            // Razor writes a leading newline after <textarea> that browsers drop.
            var text = WebUtility.HtmlDecode(area.Groups["text"].Value);
            fields.Add(new(name, text.StartsWith('\n') ? text[1..] : text));
        }

        foreach (Match select in SelectPattern().Matches(body))
        {
            // A browser posts the selected option, or the first one when none is marked.
            var name = Attributes(select.Groups["open"].Value)["name"];
            var options = OptionPattern().Matches(select.Groups["options"].Value).Select(o => Attributes(o.Value)).ToList();
            var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
            if (chosen is not null)
            {
                fields.Add(new(name, chosen.GetValueOrDefault("value", "")));
            }
        }

        return fields;
    }

    public static string? Value(IEnumerable<KeyValuePair<string, string>> fields, string name) =>
        fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    /// <summary>Replaces (or adds) one field, as typing into it would.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var result = fields.Where(f => f.Key != name).ToList();
        result.Add(new(name, value));
        return result;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag).GroupBy(m => m.Groups["name"].Value).ToDictionary(
            g => g.Key,
            g => WebUtility.HtmlDecode(g.First().Groups["value"].Success ? g.First().Groups["value"].Value : string.Empty));

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex("(?<open><textarea\\b[^>]*>)(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("(?<open><select\\b[^>]*>)(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();

    [GeneratedRegex("(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"(?<value>[^\"]*)\")?")]
    private static partial Regex AttributePattern();
}
