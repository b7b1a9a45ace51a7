namespace AsoPlan.Core.Input;

/// <summary>What a number typed for an indicator may look like.</summary>
public sealed record NumberRules(string Unit, int MaxDecimals, decimal? Maximum, bool AllowNegative);
