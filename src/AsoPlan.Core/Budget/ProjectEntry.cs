namespace AsoPlan.Core.Budget;

/// <summary>What a section typed for one project's year (事務事業評価), before it is read. Amounts are 千円.</summary>
public sealed record ProjectEntryInput(
    int ProjectId,
    string ProjectName,
    string? InitialBudget,
    string? SupplementaryBudget,
    string? Settlement,
    string? NationalFunds,
    string? PrefecturalFunds,
    string? LocalBonds,
    string? OtherFunds,
    string? GeneralFunds,
    string? StaffEffort,
    ActivityInput Activity1,
    ActivityInput Activity2,
    string? TargetText,
    string? IntentText,
    string? MeansText,
    string? Direction,
    string? DirectionReason);

/// <summary>An activity indicator (活動指標) as typed.</summary>
public sealed record ActivityInput(string? Name, string? Unit, string? Target, string? Actual)
{
    public static readonly ActivityInput Blank = new(null, null, null, null);
}

/// <summary>A project's year once every field has been read without error.</summary>
public sealed record ProjectEntry(
    int ProjectId,
    string ProjectName,
    decimal? InitialBudget,
    decimal? SupplementaryBudget,
    decimal? Settlement,
    ProjectFunding Funding,
    decimal? StaffEffort,
    ActivityEntry Activity1,
    ActivityEntry Activity2,
    string? TargetText,
    string? IntentText,
    string? MeansText,
    ProjectDirection? Direction,
    string? DirectionReason)
{
    /// <summary>Nothing typed: the project is not part of this year's record.</summary>
    public bool IsEmpty =>
        InitialBudget is null && SupplementaryBudget is null && Settlement is null && Funding.Parts.All(p => p is null)
        && StaffEffort is null && Activity1.IsEmpty && Activity2.IsEmpty
        && TargetText is null && IntentText is null && MeansText is null && Direction is null && DirectionReason is null;
}

/// <summary>An activity indicator once read.</summary>
public sealed record ActivityEntry(string? Name, string? Unit, decimal? Target, decimal? Actual)
{
    public static readonly ActivityEntry Blank = new(null, null, null, null);

    public bool IsEmpty => Name is null && Unit is null && Target is null && Actual is null;
}
