using AsoPlan.Core.Voice;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// The opinion form as posted. <see cref="Homepage"/> is the hidden trap field: people never see it (its stylesheet class
/// hides it from every reader), so a value in it comes from a program filling every field.
/// </summary>
public sealed class OpinionForm
{
    public string? Text { get; set; }

    public string? AgeGroup { get; set; }

    public string? District { get; set; }

    public string? Name { get; set; }

    public bool Consent { get; set; }

    public string? Homepage { get; set; }

    public OpinionSubmission ToSubmission() => new(Text, AgeGroup, District, Name, Consent, Homepage);
}

/// <summary>The form where it stands: on the measure page (empty) or shown again with its problems.</summary>
public sealed record OpinionFormPage(int MeasureNumber, string MeasureTitle, OpinionForm Form, IReadOnlyList<OpinionProblem> Problems)
{
    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public static OpinionFormPage Empty(int measureNumber, string measureTitle) => new(measureNumber, measureTitle, new OpinionForm(), []);
}

/// <summary>The thank-you page: the receipt number and whether the sender consented to publication.</summary>
public sealed record OpinionSentPage(string? Receipt, bool Consent, int? MeasureNumber);
