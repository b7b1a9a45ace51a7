using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class SectionAndSdgPageTests(PortalFixture portal)
{
    public static TheoryData<string> SectionCodes => new(Seed.Sections.Select(s => s.Code));

    [Theory]
    [MemberData(nameof(SectionCodes))]
    public async Task Every_section_page_shows_its_roles_and_measures(string code)
    {
        var section = Seed.Sections.Single(s => s.Code == code);

        var html = await portal.Client.GetPageAsync($"/sections/{code}");
        var text = Html.Text(html);

        Assert.Equal($"{section.Name} | 第2次阿蘇市総合計画", Html.Title(html));
        foreach (var role in section.Roles)
        {
            Assert.Contains(role, text, StringComparison.Ordinal);
        }

        var owned = Seed.Measures.Where(m => m.OwnerSection == code).ToList();
        foreach (var measure in owned)
        {
            Assert.Contains($"href=\"/measures/{measure.Number}\"", html, StringComparison.Ordinal);
        }

        if (owned.Count == 0)
        {
            Assert.Contains("この課が担当する実施施策はありません。", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Section_list_links_every_section()
    {
        var html = await portal.Client.GetPageAsync("/sections");

        foreach (var section in Seed.Sections)
        {
            Assert.Contains($"href=\"/sections/{section.Code}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sdg_page_lists_each_goal_with_the_measures_that_name_it()
    {
        var html = await portal.Client.GetPageAsync("/sdgs");

        var goals = Seed.Measures.SelectMany(m => m.SdgGoals.Select(g => (g.Goal, Measure: m.Number))).ToLookup(x => x.Goal, x => x.Measure);
        Assert.NotEmpty(goals);
        foreach (var goal in goals)
        {
            var part = Html.Section(html, $"goal-{goal.Key}", "section");
            foreach (var measure in goal)
            {
                Assert.Contains($"href=\"/measures/{measure}\"", part, StringComparison.Ordinal);
            }

            Assert.Equal(goal.Count(), CountOf(part, "href=\"/measures/"));
        }
    }

    private static int CountOf(string text, string word) => text.Split(word).Length - 1;
}
