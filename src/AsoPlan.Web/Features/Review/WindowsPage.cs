using AsoPlan.Web.Features.Records;

namespace AsoPlan.Web.Features.Review;

/// <summary>The entry windows of the plan period; a refused (or questioned) change is shown on its year's row with what was typed.</summary>
public sealed record WindowsPage(IReadOnlyList<EntryWindowRow> Windows, int? ErrorYear = null, string? Error = null, string? PostedDeadline = null)
{
    /// <summary>The deadline posted for <see cref="ErrorYear"/> is today or past: the page asks before applying it.</summary>
    public DeadlineQuestion? Question { get; init; }
}
