namespace AsoPlan.Core.Budget;

/// <summary>The words of <see cref="ProjectDirection"/> and the rule on its reason.</summary>
public static class ProjectDirections
{
    public static readonly IReadOnlyList<ProjectDirection> All =
        [ProjectDirection.Expand, ProjectDirection.Continue, ProjectDirection.Improve, ProjectDirection.Reduce, ProjectDirection.Suspend, ProjectDirection.Complete];

    public static string Label(ProjectDirection direction) => direction switch
    {
        ProjectDirection.Expand => "拡充",
        ProjectDirection.Continue => "継続",
        ProjectDirection.Improve => "改善",
        ProjectDirection.Reduce => "縮小",
        ProjectDirection.Suspend => "廃止・休止",
        ProjectDirection.Complete => "完了",
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>Anything but 継続 changes what the city does, so the section says why.</summary>
    public static bool NeedsReason(ProjectDirection direction) => direction != ProjectDirection.Continue;

    /// <summary>縮小 and 廃止・休止 are listed for the planning office and the public with their reasons.</summary>
    public static bool IsCutBack(ProjectDirection direction) => direction is ProjectDirection.Reduce or ProjectDirection.Suspend;

    /// <summary>A posted or typed direction: the enum's name or number, or its Japanese word (廃止 and 休止 alone included).</summary>
    public static ProjectDirection? Parse(string? text)
    {
        var trimmed = text?.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        foreach (var direction in All)
        {
            if (trimmed == Label(direction) || string.Equals(trimmed, direction.ToString(), StringComparison.OrdinalIgnoreCase)
                || trimmed == ((int)direction).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return direction;
            }
        }

        return trimmed is "廃止" or "休止" or "廃止/休止" ? ProjectDirection.Suspend : null;
    }
}
