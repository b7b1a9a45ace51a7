using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class PolicyPageTests(PortalFixture portal)
{
    public static TheoryData<int> PolicyNumbers => new(Seed.Policies.Select(p => p.Number));

    [Theory]
    [MemberData(nameof(PolicyNumbers))]
    public async Task Every_policy_page_shows_its_title_issues_plans_and_measures(int number)
    {
        var policy = Seed.Policies.Single(p => p.Number == number);

        var html = await portal.Client.GetPageAsync($"/policies/{number}");
        var text = Html.Text(html);

        Assert.Equal($"政策{number}「{policy.ShortName}」{policy.Title} | 第2次阿蘇市総合計画", Html.Title(html));
        Assert.Contains(policy.Title, text, StringComparison.Ordinal);
        foreach (var issue in policy.CurrentIssues)
        {
            Assert.Contains(issue, text, StringComparison.Ordinal);
        }

        foreach (var plan in policy.IndividualPlans)
        {
            Assert.Contains(plan.Name, text, StringComparison.Ordinal);
        }

        foreach (var measure in policy.Measures)
        {
            Assert.Contains($"href=\"/measures/{measure.Number}\"", html, StringComparison.Ordinal);
            Assert.Contains(measure.Title, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Core_policy_shows_department_roles_with_links_to_sections()
    {
        var department = Seed.Value.Departments.Single(d => d.Code == "keizai");

        var html = await portal.Client.GetPageAsync("/policies/2");
        var text = Html.Text(html);

        Assert.Contains(department.Mission, text, StringComparison.Ordinal);
        foreach (var section in department.Sections)
        {
            Assert.Contains($"href=\"/sections/{section.Code}\"", html, StringComparison.Ordinal);
            Assert.Contains(section.Roles[0], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Policy_list_links_all_six_policies()
    {
        var html = await portal.Client.GetPageAsync("/policies");

        Assert.Equal(6, Seed.Policies.Count());
        foreach (var policy in Seed.Policies)
        {
            Assert.Contains($"href=\"/policies/{policy.Number}\"", html, StringComparison.Ordinal);
        }
    }
}
