namespace AsoPlan.Core.Voice;

/// <summary>The opinion form as posted (all text as typed). <paramref name="Trap"/> is the hidden field people never see.</summary>
public sealed record OpinionSubmission(string? Text, string? AgeGroup, string? District, string? Name, bool ConsentToPublish, string? Trap = null);

/// <summary>A message for one field of the opinion form (<see cref="OpinionSubmissionRules.Fields"/>), in Japanese.</summary>
public sealed record OpinionProblem(string Field, string Message);

/// <summary>A submission that passed every rule: cleaned text, codes or null, and the fingerprint duplicates are found by.</summary>
public sealed record AcceptedOpinion(string Text, string? AgeGroup, string? District, string? Name, bool ConsentToPublish, string Fingerprint);

public sealed record OpinionSubmissionCheck(AcceptedOpinion? Opinion, IReadOnlyList<OpinionProblem> Problems)
{
    public bool Succeeded => Opinion is not null;
}
