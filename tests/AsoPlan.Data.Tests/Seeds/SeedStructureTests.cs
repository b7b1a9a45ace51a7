using System.Text.RegularExpressions;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

public partial class SeedStructureTests
{
    private static PlanSeed Plan => SeedFiles.Plan;

    private static IEnumerable<MeasureSeed> Measures => Plan.Period.Policies.SelectMany(p => p.Measures);

    private static IEnumerable<IndicatorSeed> Indicators => Measures.SelectMany(m => m.Indicators);

    private static IEnumerable<SectionSeed> Sections => Plan.Departments.SelectMany(d => d.Sections);

    [Fact]
    public void Six_policies_one_priority_and_five_serving_the_challenges_in_order()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], Plan.Period.Policies.Select(p => p.Number));
        Assert.Equal([1, 2, 3, 4, 5], Plan.Challenges.Select(c => c.Number));
        Assert.Equal([PolicyKind.Priority, PolicyKind.Core, PolicyKind.Core, PolicyKind.Core, PolicyKind.Core, PolicyKind.Core], Plan.Period.Policies.Select(p => p.Kind));
        Assert.Equal([null, 1, 2, 3, 4, 5], Plan.Period.Policies.Select(p => p.Challenge));
        Assert.Null(Plan.Period.Policies[0].Department);
        Assert.All(Plan.Period.Policies.Skip(1), p => Assert.Contains(p.Department, Plan.Departments.Select(d => d.Code)));
    }

    [Fact]
    public void Twenty_measures_numbered_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 20), Measures.Select(m => m.Number));
    }

    [Fact]
    public void Seventy_rows_give_seventy_two_indicator_series()
    {
        Assert.Equal(72, Indicators.Count());
        Assert.Equal(70, Measures.Sum(m => m.Indicators.Select(i => i.RowName).Distinct().Count()));
        Assert.Equal([1, 2, 20], Measures.Where(m => m.Indicators.Count == 0).Select(m => m.Number));
    }

    [Fact]
    public void Measures_1_and_2_list_key_actions_and_the_others_main_initiatives()
    {
        Assert.All(Measures, m => Assert.Equal(m.Number <= 2, m.KeyActions.Count > 0));
        Assert.All(Measures, m => Assert.Equal(m.Number is > 2 and < 20, m.Initiatives.Count > 0));
    }

    [Fact]
    public void Every_measure_is_owned_by_a_section_that_exists()
    {
        var sections = Sections.Select(s => s.Code).ToHashSet();

        Assert.All(Measures, m => Assert.Contains(m.OwnerSection, sections));
    }

    [Fact]
    public void Every_individual_plan_names_a_section_that_exists()
    {
        var names = Sections.Select(s => s.Name).ToHashSet();

        Assert.All(Plan.Period.Policies.SelectMany(p => p.IndividualPlans), p => Assert.Contains(p.Section, names));
    }

    [Fact]
    public void Codes_are_unique_stable_slugs()
    {
        var departments = Plan.Departments.Select(d => d.Code).ToList();
        var sections = Sections.Select(s => s.Code).ToList();
        var planSections = Plan.Sections.Select(s => s.Key ?? string.Empty).ToList();

        Assert.All(departments.Concat(sections).Concat(planSections).Append(Plan.Code).Append(Plan.Period.Code), c => Assert.Matches(Slug(), c));
        Assert.Equal(departments.Count, departments.Distinct().Count());
        Assert.Equal(sections.Count, sections.Distinct().Count());
        Assert.Equal(planSections.Count, planSections.Distinct().Count());
    }

    [Fact]
    public void Indicator_codes_are_unique_and_number_the_series_of_each_measure()
    {
        var codes = Indicators.Select(i => i.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(Measures, m => Assert.Equal(
            m.Indicators.Select((_, i) => $"M{m.Number:00}-I{i + 1:00}"),
            m.Indicators.Select(i => i.Code)));
    }

    [Fact]
    public void Every_target_is_absolute_or_relative_and_every_relative_target_resolves()
    {
        Assert.All(Indicators, i => Assert.True(i.Target.Value is null != i.Target.RelativePercent is null, i.Code));

        var relative = Indicators.Where(i => i.Target.RelativePercent is not null).ToList();
        Assert.NotEmpty(relative);
        Assert.All(relative, i => Assert.NotNull(TargetResolver.Resolve(ToEntity(i))));
        Assert.Equal(3776m, TargetResolver.Resolve(ToEntity(relative.Single(i => i.Code == "M18-I03"))));
    }

    [Fact]
    public void A_missing_baseline_has_neither_year_nor_value()
    {
        Assert.All(Indicators, i => Assert.Equal(i.Baseline.Value is null, i.Baseline.FiscalYear is null));
        Assert.Equal(["M03-I06", "M12-I02"], Indicators.Where(i => i.Baseline.Value is null).Select(i => i.Code));
    }

    [Fact]
    public void A_direction_that_is_not_a_plain_rise_from_the_baseline_says_why()
    {
        var needReason = Indicators.Where(i =>
            i.Direction != IndicatorDirection.Increase
            || i.Baseline.Value is null
            || i.Target.Value is null
            || i.Target.Value <= i.Baseline.Value);

        Assert.All(needReason, i => Assert.False(string.IsNullOrWhiteSpace(i.DirectionReason), i.Code));
    }

    [Theory]
    [InlineData("M08-I01", IndicatorDirection.AtMost)]   // ごみの量 922 g → 924 g: a ceiling, waste should not grow
    [InlineData("M10-I06", IndicatorDirection.AtMost)]   // 待機児童数 0 → 0: keep at zero
    [InlineData("M14-I02", IndicatorDirection.AtLeast)]  // 汚水処理人口普及率 65.33% → 65.00%: a floor
    [InlineData("M11-I05", IndicatorDirection.Decrease)] // 要介護(支援)認定率 21.2% → 19.5%
    public void The_design_examples_read_as_the_design_says(string code, IndicatorDirection direction)
    {
        Assert.Equal(direction, Indicators.Single(i => i.Code == code).Direction);
    }

    private static Indicator ToEntity(IndicatorSeed seed) => new()
    {
        Code = seed.Code,
        RowName = seed.RowName,
        Name = seed.Name,
        Unit = seed.Unit,
        Decimals = seed.Decimals,
        BaselineFiscalYear = seed.Baseline.FiscalYear,
        BaselineValue = seed.Baseline.Value,
        BaselineText = seed.Baseline.Text,
        TargetFiscalYear = seed.Target.FiscalYear,
        TargetValue = seed.Target.Value,
        TargetRelativePercent = seed.Target.RelativePercent,
        TargetText = seed.Target.Text,
        Direction = seed.Direction,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
