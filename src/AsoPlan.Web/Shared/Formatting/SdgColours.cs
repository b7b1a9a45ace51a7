namespace AsoPlan.Web.Shared.Formatting;

/// <summary>
/// The official colours of the 17 SDG goals (UN SDG communications guidelines), with the text colour that keeps at
/// least 4.5:1 contrast on each (white where it does, else near-black), for the goal tiles.
/// </summary>
public static class SdgColours
{
    private static readonly string[] Colours =
    [
        "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
        "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
    ];

    /// <summary>Goals whose colour keeps 4.5:1 against white text.</summary>
    private static readonly HashSet<int> WhiteText = [1, 4, 8, 10, 13, 16, 17];

    public static bool IsGoal(int goal) => goal is >= 1 and <= 17;

    /// <summary>The CSS class of a goal's tile (colours in site.css): <c>sdg-goal-7</c>.</summary>
    public static string CssClass(int goal) => IsGoal(goal) ? $"sdg-goal-{goal}" : "sdg-goal-other";

    /// <summary>The official colour, as site.css gives it to the tile (checked by SdgTileTests).</summary>
    public static string Background(int goal) => IsGoal(goal) ? Colours[goal - 1] : "#666666";

    /// <summary>The tile's text colour: white where the colour keeps 4.5:1 against it, else near-black.</summary>
    public static string Text(int goal) => WhiteText.Contains(goal) ? "#ffffff" : "#1a1a1a";
}
