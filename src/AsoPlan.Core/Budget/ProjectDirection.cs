namespace AsoPlan.Core.Budget;

/// <summary>今後の方向性 of a project, as the 事務事業評価シート offers it. Stored as these integers.</summary>
public enum ProjectDirection
{
    Expand = 1,
    Continue = 2,
    Improve = 3,
    Reduce = 4,
    Suspend = 5,
    Complete = 6,
}
