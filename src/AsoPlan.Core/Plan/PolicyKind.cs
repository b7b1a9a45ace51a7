namespace AsoPlan.Core.Plan;

public enum PolicyKind
{
    /// <summary>重点政策: serves the priority theme.</summary>
    Priority = 1,

    /// <summary>基幹政策: serves one of the 5 challenges.</summary>
    Core = 2,
}
