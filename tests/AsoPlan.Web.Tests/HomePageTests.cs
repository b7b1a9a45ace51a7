using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class HomePageTests(PortalFixture portal)
{
    [Fact]
    public async Task Home_shows_vision_philosophy_priority_theme_and_the_five_challenges()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/"));

        Assert.Contains(Seed.Value.Vision, text, StringComparison.Ordinal);
        Assert.Contains(Seed.Value.Philosophy, text, StringComparison.Ordinal);
        Assert.Contains(Seed.Value.PriorityTheme.Title, text, StringComparison.Ordinal);
        Assert.Equal(5, Seed.Value.Challenges.Count);
        foreach (var challenge in Seed.Value.Challenges)
        {
            Assert.Contains($"チャレンジ{challenge.Number}　{challenge.Title}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plan_tree_leads_from_theme_and_challenges_to_every_policy_and_measure()
    {
        var tree = Html.Section(await portal.Client.GetPageAsync("/"), "tree-heading", "section");

        foreach (var policy in Seed.Policies)
        {
            Assert.Contains($"href=\"/policies/{policy.Number}\"", tree, StringComparison.Ordinal);
            foreach (var measure in policy.Measures)
            {
                Assert.Contains($"href=\"/measures/{measure.Number}\"", tree, StringComparison.Ordinal);
            }
        }

        // Policy 2 hangs under challenge 1, after the priority theme's policy 1.
        var challenge1 = tree.IndexOf("チャレンジ1：", StringComparison.Ordinal);
        Assert.True(tree.IndexOf("href=\"/policies/1\"", StringComparison.Ordinal) < challenge1);
        Assert.True(tree.IndexOf("href=\"/policies/2\"", StringComparison.Ordinal) > challenge1);
    }

    [Fact]
    public async Task Home_title_is_the_plan_name()
    {
        var html = await portal.Client.GetPageAsync("/");

        Assert.Equal("第2次阿蘇市総合計画", Html.Title(html));
    }
}
