namespace AsoPlan.Core.Budget;

/// <summary>
/// The fields of a project's year, named as the form posts them (<see cref="ProjectEntryInput"/>'s members) and
/// labelled as the 事務事業評価シート and every message say them.
/// </summary>
public static class ProjectFields
{
    public const string InitialBudget = nameof(ProjectEntryInput.InitialBudget);
    public const string SupplementaryBudget = nameof(ProjectEntryInput.SupplementaryBudget);
    public const string Settlement = nameof(ProjectEntryInput.Settlement);
    public const string NationalFunds = nameof(ProjectEntryInput.NationalFunds);
    public const string PrefecturalFunds = nameof(ProjectEntryInput.PrefecturalFunds);
    public const string LocalBonds = nameof(ProjectEntryInput.LocalBonds);
    public const string OtherFunds = nameof(ProjectEntryInput.OtherFunds);
    public const string GeneralFunds = nameof(ProjectEntryInput.GeneralFunds);
    public const string StaffEffort = nameof(ProjectEntryInput.StaffEffort);
    public const string TargetText = nameof(ProjectEntryInput.TargetText);
    public const string IntentText = nameof(ProjectEntryInput.IntentText);
    public const string MeansText = nameof(ProjectEntryInput.MeansText);
    public const string Direction = nameof(ProjectEntryInput.Direction);
    public const string DirectionReason = nameof(ProjectEntryInput.DirectionReason);

    /// <summary>Every field in the form's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        InitialBudget, SupplementaryBudget, Settlement, NationalFunds, PrefecturalFunds, LocalBonds, OtherFunds, GeneralFunds, StaffEffort,
        Activity(1, "Name"), Activity(1, "Unit"), Activity(1, "Target"), Activity(1, "Actual"),
        Activity(2, "Name"), Activity(2, "Unit"), Activity(2, "Target"), Activity(2, "Actual"),
        TargetText, IntentText, MeansText, Direction, DirectionReason,
    ];

    /// <summary>An activity indicator's field: <c>Activity1Name</c> … <c>Activity2Actual</c>.</summary>
    public static string Activity(int number, string part) => $"Activity{number}{part}";

    public static string Label(string field) => field switch
    {
        InitialBudget => "当初予算額",
        SupplementaryBudget => "補正予算額",
        Settlement => "決算額",
        NationalFunds => "財源内訳（国庫支出金）",
        PrefecturalFunds => "財源内訳（県支出金）",
        LocalBonds => "財源内訳（地方債）",
        OtherFunds => "財源内訳（その他）",
        GeneralFunds => "財源内訳（一般財源）",
        StaffEffort => "人工",
        TargetText => "対象",
        IntentText => "意図",
        MeansText => "手段",
        Direction => "今後の方向性",
        DirectionReason => "方向性の理由",
        _ when field.StartsWith("Activity", StringComparison.Ordinal) && field.Length > 9 => ActivityLabel(field[8] - '0', field[9..]),
        _ => field,
    };

    private static string ActivityLabel(int number, string part) => $"活動指標{number}の" + part switch
    {
        "Name" => "名称",
        "Unit" => "単位",
        "Target" => "目標",
        _ => "実績",
    };
}
