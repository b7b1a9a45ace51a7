namespace AsoPlan.Web.Features.Records;

/// <summary>
/// One project's year as the form posts it; names are <see cref="AsoPlan.Core.Budget.ProjectFields"/>, so a message
/// from Core lands on its input. Numbers stay text until Core reads them.
/// </summary>
public sealed class ProjectForm
{
    public int ProjectId { get; set; }

    public string? InitialBudget { get; set; }

    public string? SupplementaryBudget { get; set; }

    public string? Settlement { get; set; }

    public string? NationalFunds { get; set; }

    public string? PrefecturalFunds { get; set; }

    public string? LocalBonds { get; set; }

    public string? OtherFunds { get; set; }

    public string? GeneralFunds { get; set; }

    public string? StaffEffort { get; set; }

    public string? Activity1Name { get; set; }

    public string? Activity1Unit { get; set; }

    public string? Activity1Target { get; set; }

    public string? Activity1Actual { get; set; }

    public string? Activity2Name { get; set; }

    public string? Activity2Unit { get; set; }

    public string? Activity2Target { get; set; }

    public string? Activity2Actual { get; set; }

    public string? TargetText { get; set; }

    public string? IntentText { get; set; }

    public string? MeansText { get; set; }

    public string? Direction { get; set; }

    public string? DirectionReason { get; set; }

    /// <summary>A field's text by its name (<see cref="AsoPlan.Core.Budget.ProjectFields"/>), for the form's inputs.</summary>
    public string? this[string field] => typeof(ProjectForm).GetProperty(field)?.GetValue(this) as string;
}
