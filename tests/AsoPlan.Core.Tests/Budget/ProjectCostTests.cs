using AsoPlan.Core.Budget;

namespace AsoPlan.Core.Tests.Budget;

public class ProjectCostTests
{
    [Theory]
    [InlineData("0.5", "8000", "4000")]
    [InlineData("1.2", "7950", "9540")]
    [InlineData("0.3", "7955", "2387")] // 2386.5 rounds half away from zero
    [InlineData("0", "8000", "0")]
    public void Personnel_cost_is_effort_times_unit_cost_in_whole_thousand_yen(string effort, string rate, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ProjectCost.Personnel(
            decimal.Parse(effort, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Without_effort_or_unit_cost_there_is_no_personnel_cost_and_no_total()
    {
        Assert.Null(ProjectCost.Personnel(null, 8000m));
        Assert.Null(ProjectCost.Personnel(0.5m, null));
        Assert.Null(ProjectCost.Total(12000m, null));
        Assert.Null(ProjectCost.Total(null, 4000m));
    }

    [Fact]
    public void Total_cost_is_settlement_plus_personnel_cost()
    {
        var personnel = ProjectCost.Personnel(0.5m, 8000m);
        Assert.Equal(16000m, ProjectCost.Total(12000m, personnel));
    }

    [Fact]
    public void Budget_is_initial_plus_supplementary_which_may_be_negative()
    {
        Assert.Equal(9000m, ProjectCost.Budget(10000m, -1000m));
        Assert.Equal(10000m, ProjectCost.Budget(10000m, null));
        Assert.Null(ProjectCost.Budget(null, null));
    }

    [Fact]
    public void Funding_sum_counts_blank_parts_as_zero_and_is_null_when_all_blank()
    {
        Assert.Equal(12000m, ProjectCost.FundingSum(new ProjectFunding(6000m, null, null, 1000m, 5000m)));
        Assert.Null(ProjectCost.FundingSum(new ProjectFunding(null, null, null, null, null)));
    }
}
