namespace AsoPlan.Data.Caching;

/// <summary>
/// A named stamp that every server can read in one cheap query to learn whether what it computed and kept is
/// still current. A save that changes what the marker covers gives it a new random value in the same
/// transaction (see AsoPlan.Web's <c>VersionMarkerBump</c>), so a server whose kept copy carries another
/// value computes anew, whichever server made the change. Random rather than counted, so two concurrent saves
/// can never leave the same value behind.
/// </summary>
public sealed class VersionMarker
{
    /// <summary>The plan, its indicators and targets, the yearly records, their values and publications: what the dashboard is computed from.</summary>
    public const string PlanProgress = "plan-progress";

    public string Name { get; set; } = string.Empty;

    public Guid Version { get; set; }
}
