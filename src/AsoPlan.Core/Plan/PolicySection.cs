namespace AsoPlan.Core.Plan;

/// <summary>A numbered passage of a policy that is plain prose (計画の位置付け, 策定の趣旨 …).</summary>
public class PolicySection
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public int SortOrder { get; set; }

    public required string Heading { get; set; }

    /// <summary>Paragraphs separated by blank lines.</summary>
    public required string Body { get; set; }
}
