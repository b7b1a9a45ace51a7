namespace AsoPlan.Web.Features.Portal;

/// <summary>A measure as listed under a policy, a section or a search.</summary>
public sealed record MeasureItem(int Number, string Title, SectionLink Owner, string OwnerLabel, int IndicatorCount);
