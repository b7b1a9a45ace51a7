using System.Globalization;

namespace AsoPlan.Core.Budget;

/// <summary>The rules of a project's year (事務事業評価): the funding adds up to the settlement, a change of course says why, a submitted year is complete.</summary>
public static class ProjectRules
{
    /// <summary>
    /// 財源内訳 must add up to 決算額 exactly (blank parts count as 0) once both are entered; null when they agree
    /// or either is still blank.
    /// </summary>
    public static string? FundingProblem(decimal? settlement, ProjectFunding funding)
    {
        ArgumentNullException.ThrowIfNull(funding);
        var sum = ProjectCost.FundingSum(funding);
        if (settlement is not { } spent || sum is not { } total || total == spent)
        {
            return null;
        }

        return $"財源内訳の合計（{Yen(total)}）が決算額（{Yen(spent)}）と一致しません（差 {Yen(spent - total)}）。国庫支出金・県支出金・地方債・その他・一般財源の合計を決算額に合わせてください。";
    }

    /// <summary>Anything but 継続 needs its reason.</summary>
    public static string? DirectionReasonProblem(ProjectDirection? direction, string? reason) =>
        direction is { } chosen && ProjectDirections.NeedsReason(chosen) && string.IsNullOrWhiteSpace(reason)
            ? $"今後の方向性を「{ProjectDirections.Label(chosen)}」にする理由を入力してください（「継続」以外は理由が必要です）。"
            : null;

    /// <summary>What a started project year still lacks before the record can be submitted, each naming the project.</summary>
    public static IEnumerable<string> SubmissionProblems(ProjectEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = entry.ProjectName;
        if (entry.InitialBudget is null)
        {
            yield return $"事務事業「{name}」の当初予算額を入力してください（補正がなければ補正予算額は空欄のままで構いません）。";
        }

        if (entry.Settlement is null)
        {
            yield return $"事務事業「{name}」の決算額を入力してください。";
        }
        else if (ProjectCost.FundingSum(entry.Funding) is null)
        {
            yield return $"事務事業「{name}」の財源内訳を入力してください（合計が決算額になるように）。";
        }
        else if (FundingProblem(entry.Settlement, entry.Funding) is { } funding)
        {
            yield return $"事務事業「{name}」: {funding}";
        }

        if (entry.StaffEffort is null)
        {
            yield return $"事務事業「{name}」の人工を入力してください（携わった職員の年間の人数換算、例: 0.5）。";
        }

        foreach (var (activity, number) in new[] { (entry.Activity1, 1), (entry.Activity2, 2) })
        {
            if (activity.Name is not null && (activity.Unit is null || activity.Target is null || activity.Actual is null))
            {
                yield return $"事務事業「{name}」の活動指標{number}（{activity.Name}）の単位・目標・実績を入力してください。";
            }
        }

        if (entry.Direction is null)
        {
            yield return $"事務事業「{name}」の今後の方向性を選んでください。";
        }
        else if (DirectionReasonProblem(entry.Direction, entry.DirectionReason) is { } reason)
        {
            yield return $"事務事業「{name}」: {reason}";
        }
    }

    private static string Yen(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + "千円";
}
