namespace AsoPlan.Core.Plan;

/// <summary>One of the 5つのチャレンジ of the basic concept.</summary>
public class Challenge
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Field in angle brackets, e.g. 産業・経済.</summary>
    public required string Category { get; set; }

    public required string Body { get; set; }

    public List<Policy> Policies { get; set; } = [];
}
