namespace AsoPlan.Web.Features.Budget;

/// <summary>A fiscal year's published project cost by policy and by measure, and the projects to be cut back (縮小・廃止/休止).</summary>
public sealed record BudgetOverview(int FiscalYear, IReadOnlyList<PolicyCost> Policies, IReadOnlyList<PublishedProjectYear> CutBacks)
{
    /// <summary>Each measure's rating of the year in words, as the page beside shows it (by measure number).</summary>
    public IReadOnlyDictionary<int, string> Ratings { get; init; } = new Dictionary<int, string>();

    public decimal Total => Policies.Sum(p => p.Total);

    /// <summary>Published projects without トータルコスト (no 単価 at their approval): left out of the sums, and said so.</summary>
    public int Uncosted => Policies.Sum(p => p.Measures.Sum(m => m.Uncosted));

    public int Projects => Policies.Sum(p => p.Measures.Sum(m => m.Projects));

    /// <summary>The numbers of the cost chart (indicator-charts.js, kind "cost"), the same as the table's rows of measures.</summary>
    public string ChartJson()
    {
        var measures = Policies.SelectMany(p => p.Measures).ToList();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            kind = "cost",
            unit = "千円",
            labels = measures.Select(m => $"実施施策{m.Number}"),
            settlementLabel = "決算額",
            personnelLabel = "人件費",
            totalLabel = "トータルコスト",
            settlement = measures.Select(m => m.Settlement),
            personnel = measures.Select(m => m.Personnel),
            total = measures.Select(m => m.Total),
        });
    }

    public static BudgetOverview Of(int fiscalYear, IReadOnlyList<PublishedProjectYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var policies = years
            .GroupBy(y => (y.PolicyNumber, y.PolicyShortName))
            .OrderBy(g => g.Key.PolicyNumber)
            .Select(g => new PolicyCost(g.Key.PolicyNumber, g.Key.PolicyShortName, [.. g
                .GroupBy(y => (y.MeasureNumber, y.MeasureTitle))
                .OrderBy(m => m.Key.MeasureNumber)
                .Select(m => new MeasureCost(m.Key.MeasureNumber, m.Key.MeasureTitle, m.Count(), Sum(m, y => y.Settlement), Sum(m, y => y.PersonnelCost), Sum(m, y => y.TotalCost))
                {
                    Uncosted = m.Count(y => y.TotalCost is null),
                })]))
            .ToList();
        return new BudgetOverview(fiscalYear, policies, [.. years.Where(y => y.IsCutBack)]);
    }

    private static decimal Sum(IEnumerable<PublishedProjectYear> years, Func<PublishedProjectYear, decimal?> amount) => years.Sum(y => amount(y) ?? 0);
}

public sealed record PolicyCost(int Number, string ShortName, IReadOnlyList<MeasureCost> Measures)
{
    public decimal Total => Measures.Sum(m => m.Total);
}

/// <summary>A measure's published projects of the year: how many, and their 決算額, 人件費 and トータルコスト summed (千円).</summary>
public sealed record MeasureCost(int Number, string Title, int Projects, decimal Settlement, decimal Personnel, decimal Total)
{
    public int Uncosted { get; init; }
}
