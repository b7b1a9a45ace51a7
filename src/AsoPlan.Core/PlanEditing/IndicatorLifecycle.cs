using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.PlanEditing;

/// <summary>
/// Removing an indicator from the plan. One without any entered actual (draft or approved) may be
/// deleted; one with actuals is only retired, so the values already reported stay readable with
/// what they measured against.
/// </summary>
public static class IndicatorLifecycle
{
    public const string CannotDelete =
        "この指標には入力済みの実績値があるため削除できません。測定をやめる場合は「廃止」にしてください（入力済みの実績は公開ページに残ります）。";

    public static bool CanDelete(bool hasEnteredActuals) => !hasEnteredActuals;

    /// <summary>
    /// Null when the indicator may be retired from <paramref name="fromFiscalYear"/> on; otherwise why
    /// not. Values already entered for that year or later would drop out of sight, so it must come after them.
    /// </summary>
    public static string? RetirementProblem(int fromFiscalYear, int? latestEnteredYear, int periodStartFiscalYear, bool alreadyRetired)
    {
        if (alreadyRetired)
        {
            return "この指標はすでに廃止されています。";
        }

        if (fromFiscalYear < periodStartFiscalYear)
        {
            return $"廃止する年度は{new FiscalYear(periodStartFiscalYear).ToWareki()}以降にしてください。";
        }

        if (latestEnteredYear is { } latest && fromFiscalYear <= latest)
        {
            return $"{new FiscalYear(latest).ToWareki()}の実績がすでに入力されています。廃止する年度は{new FiscalYear(latest + 1).ToWareki()}以降にしてください。";
        }

        return null;
    }
}
