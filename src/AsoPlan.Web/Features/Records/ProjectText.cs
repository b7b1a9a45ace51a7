using System.Globalization;
using AsoPlan.Core.Budget;

namespace AsoPlan.Web.Features.Records;

/// <summary>A project's year in one line of words (conflict page): the amounts, effort and direction as entered.</summary>
public static class ProjectText
{
    public static string? Describe(ProjectEntry? entry)
    {
        if (entry is null || entry.IsEmpty)
        {
            return null;
        }

        var parts = new List<string>();
        Add(parts, "当初", entry.InitialBudget);
        Add(parts, "補正", entry.SupplementaryBudget);
        Add(parts, "決算", entry.Settlement);
        if (ProjectCost.FundingSum(entry.Funding) is not null)
        {
            parts.Add("財源 " + string.Join("／", entry.Funding.Parts.Select(p => p is { } v ? Amount(v) : "—")));
        }

        if (entry.StaffEffort is { } effort)
        {
            parts.Add($"人工 {effort.ToString("0.0", CultureInfo.InvariantCulture)}");
        }

        foreach (var activity in new[] { entry.Activity1, entry.Activity2 }.Where(a => a.Name is not null))
        {
            parts.Add($"{activity.Name} 目標{Number(activity.Target)}・実績{Number(activity.Actual)}{activity.Unit}");
        }

        if (entry.Direction is { } direction)
        {
            parts.Add($"方向性 {ProjectDirections.Label(direction)}" + (entry.DirectionReason is { } reason ? $"（{reason}）" : ""));
        }

        return string.Join("、", parts);
    }

    public static string Amount(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture) + "千円";

    private static void Add(List<string> parts, string label, decimal? amount)
    {
        if (amount is { } value)
        {
            parts.Add($"{label} {Amount(value)}");
        }
    }

    private static string Number(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "—";
}
