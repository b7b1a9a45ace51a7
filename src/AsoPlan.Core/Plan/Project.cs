namespace AsoPlan.Core.Plan;

/// <summary>
/// One of a main initiative's 主な事務・事業: the unit of work the budget pays for and the 事務事業評価 judges each year.
/// </summary>
public class Project : Search.ISearchable
{
    public int Id { get; set; }

    /// <summary>The measure the project serves (its code is unique within it).</summary>
    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    public int InitiativeId { get; set; }

    public Initiative? Initiative { get; set; }

    /// <summary>Natural key <c>M{measure:00}-P{nn:00}</c>, e.g. <c>M13-P02</c>; never given again once deleted.</summary>
    public required string Code { get; set; }

    /// <summary>Order within its initiative.</summary>
    public int SortOrder { get; set; }

    public required string Name { get; set; }

    /// <summary>The section that runs it when not the measure's own; null means the measure's owner section.</summary>
    public int? OwnerSectionId { get; set; }

    public Section? OwnerSection { get; set; }

    /// <summary>予算事業コード: the finance system's code for the project, when known.</summary>
    public string? BudgetCode { get; set; }

    /// <summary>The folded search fields (<see cref="Search.ISearchable"/>); kept up to date by the context.</summary>
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchFields() => [Name, BudgetCode];
}
