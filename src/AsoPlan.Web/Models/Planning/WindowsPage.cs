using AsoPlan.Web.Services.Workflow;

namespace AsoPlan.Web.Models.Planning;

/// <summary>The entry windows of the plan period; a refused change is shown on its year's row with what was typed.</summary>
public sealed record WindowsPage(IReadOnlyList<EntryWindowRow> Windows, int? ErrorYear = null, string? Error = null, string? PostedDeadline = null);
