namespace AsoPlan.Core.Plan;

/// <summary>An SDG goal a measure names, with the targets it lists (may be none).</summary>
public class MeasureSdgGoal
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    public int Goal { get; set; }

    /// <summary>The goal's name as the source prints it beside this measure.</summary>
    public required string Label { get; set; }

    /// <summary>Target numbers separated by spaces, e.g. <c>2.3 2.4</c>; empty when none are listed.</summary>
    public required string Targets { get; set; }
}
