using System.Globalization;
using System.Text.RegularExpressions;

namespace AsoPlan.Core.Plan;

/// <summary>How a project's code is written: <c>M{measure:00}-P{nn:00}</c>, numbered within its measure.</summary>
public static partial class ProjectCodes
{
    public static string Of(int measureNumber, int projectNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"M{measureNumber:00}-P{projectNumber:00}");

    /// <summary>The measure and project numbers of a well-formed code, or null.</summary>
    public static (int Measure, int Project)? Parse(string? code)
    {
        var match = code is null ? null : Pattern().Match(code);
        return match is { Success: true }
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The next code of a measure: one above the highest it ever had, so a deleted project's code is not reused.</summary>
    public static string Next(int measureNumber, IEnumerable<string> existingCodes) =>
        Of(measureNumber, existingCodes.Select(Parse).Where(p => p is not null).Select(p => p!.Value.Project).DefaultIfEmpty(0).Max() + 1);

    [GeneratedRegex(@"^M(\d{2,})-P(\d{2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
