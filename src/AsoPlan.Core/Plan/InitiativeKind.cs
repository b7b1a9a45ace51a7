namespace AsoPlan.Core.Plan;

public enum InitiativeKind
{
    /// <summary>主要な施策: a table row with 内容, 目指す効果 and 主な事務・事業.</summary>
    MainInitiative = 1,

    /// <summary>主な取り組み: a bullet of the priority policy's measures.</summary>
    KeyAction = 2,
}
