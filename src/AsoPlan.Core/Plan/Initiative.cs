namespace AsoPlan.Core.Plan;

/// <summary>A row of a measure's 主要な施策, or a bullet of its 主な取り組み.</summary>
public class Initiative : Search.ISearchable
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    public InitiativeKind Kind { get; set; }

    public int SortOrder { get; set; }

    /// <summary>施策名 (or the bullet's text).</summary>
    public required string Name { get; set; }

    /// <summary>内容.</summary>
    public string? Content { get; set; }

    /// <summary>目指す効果.</summary>
    public string? Effect { get; set; }

    /// <summary>
    /// 主な事務・事業 as one line each, from before they became <see cref="Project"/> rows; read once at startup
    /// to create the rows of an older database, then cleared.
    /// </summary>
    public string? LegacyProjects { get; set; }

    public List<Project> Projects { get; set; } = [];

    /// <summary>The folded search fields (<see cref="Search.ISearchable"/>); kept up to date by the context.</summary>
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchFields() => [Name, Content, Effect];
}
