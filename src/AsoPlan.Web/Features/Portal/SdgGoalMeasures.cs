namespace AsoPlan.Web.Features.Portal;

/// <summary>An SDG goal and the measures that name it, each with the targets it lists.</summary>
public sealed record SdgGoalMeasures(int Goal, string Label, IReadOnlyList<SdgMeasure> Measures);

public sealed record SdgMeasure(int Number, string Title, IReadOnlyList<string> Targets);
