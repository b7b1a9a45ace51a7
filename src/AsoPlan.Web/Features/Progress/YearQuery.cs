using System.Globalization;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// Reads <c>?year=</c> as typed in an address: a Gregorian fiscal year such as 2021. Anything else is
/// "not a year" (the page then explains and shows a default year) rather than a model-binding 400.
/// </summary>
public static class YearQuery
{
    public static int? Parse(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : text is null ? null : -1;
}
