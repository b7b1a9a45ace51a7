namespace AsoPlan.Core.Plan;

/// <summary>A department (部) as named by a policy, e.g. 経済部 or 市民部・阿蘇医療センター.</summary>
public class Department
{
    public int Id { get; set; }

    /// <summary>Natural key, e.g. <c>keizai</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The lead sentence of 部・課の役割.</summary>
    public required string Mission { get; set; }

    public List<Section> Sections { get; set; } = [];
}
