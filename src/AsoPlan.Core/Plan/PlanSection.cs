namespace AsoPlan.Core.Plan;

/// <summary>
/// A titled passage of the basic concept that has no structure of its own
/// (目的, 期間, 基本目標, 計画の推進に向けて …), kept in document order.
/// </summary>
public class PlanSection
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>Natural key within the plan, e.g. <c>promotion-pdca</c>.</summary>
    public required string Key { get; set; }

    public int SortOrder { get; set; }

    public required string Heading { get; set; }

    /// <summary>Paragraphs separated by blank lines.</summary>
    public required string Body { get; set; }
}
