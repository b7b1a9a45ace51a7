using AsoPlan.Core.Plan;
using AsoPlan.Core.Tests.Progress.Seed;

namespace AsoPlan.Core.Tests.Search;

/// <summary>A plan item is made with an empty search column (the context folds it on save) and says which fields it is searched by.</summary>
public class SearchTextTests
{
    [Fact]
    public void New_plan_items_start_with_an_empty_search_text()
    {
        Assert.Equal(string.Empty, new Policy { ShortName = "安心", Title = "政策", CurrentIssues = string.Empty }.SearchText);
        Assert.Equal(string.Empty, new Measure { Title = "施策", OwnerLabel = "税務課", Description = string.Empty }.SearchText);
        Assert.Equal(string.Empty, new Initiative { Name = "収納率の向上" }.SearchText);
        Assert.Equal(string.Empty, new Indicator { Code = "M99-I01", RowName = "指標", Name = "指標", Unit = "%", BaselineText = "-", TargetText = "80%" }.SearchText);
    }

    [Fact]
    public void An_indicator_is_searched_by_its_name_and_its_rows_name()
    {
        var indicator = SeedIndicators.ByCode("M04-I03");

        Assert.Equal([indicator.Name, indicator.RowName], indicator.SearchFields());
    }
}
