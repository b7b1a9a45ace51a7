using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

/// <summary>The basic concept is on the public site whole, in the order of the source document (seeds/000_*.txt).</summary>
[Collection(SharedPortal.Name)]
public sealed partial class ConceptPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_heading_and_sentence_of_the_basic_concept_is_on_the_concept_page_in_the_source_order()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/concept"));
        var fragments = SourceFragments();
        Assert.True(fragments.Count > 40, $"only {fragments.Count} fragments read from the source");

        var missing = new List<string>();
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = text.IndexOf(fragment, at, StringComparison.Ordinal);
            if (found < 0)
            {
                missing.Add(text.Contains(fragment, StringComparison.Ordinal) ? $"out of order: {fragment}" : $"missing: {fragment}");
                continue;
            }

            at = found + fragment.Length;
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public async Task The_concept_page_is_linked_from_the_home_page_and_the_main_navigation()
    {
        var home = await portal.Client.GetPageAsync("/");

        Assert.Contains("href=\"/concept\">基本構想の全文", home, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"メインメニュー\">", home, StringComparison.Ordinal);
        Assert.Matches("<nav aria-label=\"メインメニュー\">(?:(?!</nav>).)*href=\"/concept\"", home.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task The_policy_list_opens_with_the_late_plans_introduction_and_what_priority_and_core_policies_mean()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/policies"));

        Assert.NotEmpty(Seed.Value.Period.Introduction);
        foreach (var paragraph in Seed.Value.Period.Introduction)
        {
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        }

        Assert.Contains("重点的に取り組む政策です", text, StringComparison.Ordinal);
        Assert.Contains("恒常的・継続的に取り組む政策です", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// From 「1 基本構想の目的」 on: the headings (numbered, (n), ①, ◆, チャレンジN「…」, 〈category〉, － … －) and
    /// every sentence (a line ending in 。 or ？). Photo captions and figure titles are not text of the plan.
    /// </summary>
    private static List<string> SourceFragments()
    {
        var file = Directory.GetFiles(Path.Combine(Seed.RepositoryRoot(), "seeds"), "000_*.txt").Single();
        var lines = File.ReadAllLines(file).Select(l => l.Trim()).ToList();
        var start = lines.IndexOf("1 基本構想の目的");
        Assert.True(start >= 0, "the source no longer starts its sections with 「1 基本構想の目的」");
        var fragments = new List<string>();
        foreach (var line in lines.Skip(start))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                fragments.Add(heading.Groups["text"].Value.Trim());
            }
            else if (line.EndsWith('。') || line.EndsWith('？') || (line.StartsWith('「') && line.EndsWith('」')))
            {
                fragments.Add(line);
            }
        }

        return fragments;
    }

    [GeneratedRegex("^(?:(?:\\d+|\\(\\d+\\)) (?<text>.+)|[①②③④⑤](?<text>.+)|◆(?<text>.+)|チャレンジ\\d+ 「(?<text>.+)」|＜(?<text>.+)＞|－ (?<text>.+) －)$")]
    private static partial Regex Heading();
}
