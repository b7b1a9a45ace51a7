using System.Text.Json;
using AsoPlan.Web.Features.Portal.Accessibility;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

/// <summary>ウェブアクセシビリティ方針: linked from every page, and its results are the file the browser suite recorded.</summary>
[Collection(SharedPortal.Name)]
public sealed class AccessibilityPageTests(PortalFixture portal)
{
    [Fact]
    public async Task The_policy_states_the_target_level_scope_and_contact_and_shows_the_recorded_results()
    {
        var recorded = JsonSerializer.Deserialize<AccessibilityResults>(
            await File.ReadAllTextAsync(Path.Combine(Seed.RepositoryRoot(), "src", "AsoPlan.Web", AccessibilityResults.FileName)),
            AccessibilityResults.Json)!;
        var html = await portal.Client.GetPageAsync("/accessibility");
        var text = Html.Text(html);

        Assert.Contains("JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします", text, StringComparison.Ordinal);
        Assert.Contains("対象範囲", text, StringComparison.Ordinal);
        Assert.Contains("お問い合わせ", text, StringComparison.Ordinal);
        Assert.Contains($"試験日 {JapanTime.Date(recorded.TestedOn)}", text, StringComparison.Ordinal);
        Assert.Contains($"{recorded.Pages.Count} ページ中 {recorded.Pages.Count(p => p.Passed)} ページで", text, StringComparison.Ordinal);
        Assert.All(recorded.Checkers, c => Assert.Contains(c, text, StringComparison.Ordinal));
        Assert.All(recorded.Pages, p => Assert.Contains($"<code>{System.Net.WebUtility.HtmlEncode(p.Path)}</code>", html, StringComparison.Ordinal));
        Assert.Contains(recorded.Pages, p => p.Path == "/accessibility");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/measures/13")]
    [InlineData("/opendata")]
    [InlineData("/search")]
    [InlineData("/measures/999")]
    public async Task Every_page_links_the_accessibility_policy_from_its_footer(string path)
    {
        using var response = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("<footer", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{path} has no footer");
        var footer = html[start..html.IndexOf("</footer>", start, StringComparison.Ordinal)];

        Assert.Contains("<a href=\"/accessibility\">ウェブアクセシビリティ方針</a>", footer, StringComparison.Ordinal);
    }
}
