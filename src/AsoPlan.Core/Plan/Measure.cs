namespace AsoPlan.Core.Plan;

/// <summary>One of the 20 implementation measures (実施施策).</summary>
public class Measure : Search.ISearchable
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public Policy? Policy { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public int OwnerSectionId { get; set; }

    public Section? OwnerSection { get; set; }

    /// <summary>The owner as printed under the measure number, e.g. 各支所.</summary>
    public required string OwnerLabel { get; set; }

    /// <summary>Paragraphs separated by blank lines.</summary>
    public required string Description { get; set; }

    public List<MeasureSdgGoal> SdgGoals { get; set; } = [];

    public List<Initiative> Initiatives { get; set; } = [];

    public List<Indicator> Indicators { get; set; } = [];

    /// <summary>The folded search fields (<see cref="Search.ISearchable"/>); kept up to date by the context.</summary>
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchFields() => [Title, Description];
}
