namespace AsoPlan.Web.Shared.Layout;

/// <summary>One step of the breadcrumb trail; the current page has no link.</summary>
public sealed record Breadcrumb(string Label, string? Href = null);
