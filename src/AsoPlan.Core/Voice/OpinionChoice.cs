namespace AsoPlan.Core.Voice;

/// <summary>One option of a list on the opinion form: the code the form posts and stores, and the label people read.</summary>
public sealed record OpinionChoice(string Code, string Label);
