namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// One published change as the Atom feed and the open-data page tell it: an approval that made a year's values public,
/// a correction of published values (with its dated notes), or a revision note of the plan. <see cref="Id"/> stays the same for the same change, so feed readers see it once.
/// </summary>
public sealed record PublishedChange(string Id, DateTime AtUtc, string Title, string Summary, string Path);
