using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// A published opinion as the public reads it: the text, the city's reply, the dates and the measure. No receipt number
/// (it is how a sender asks for deletion), no name, age group or district.
/// </summary>
public sealed record PublishedOpinion(
    long Id, int MeasureNumber, string MeasureTitle, int PolicyNumber, string SectionName, DateTime ReceivedAt, DateTime PublishedAt, string Text, string Reply)
{
    public DateOnly ReceivedOn => JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(ReceivedAt, DateTimeKind.Utc)));

    public DateOnly PublishedOn => JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(PublishedAt, DateTimeKind.Utc)));

    /// <summary>The fiscal year of receipt, by which /opinions filters.</summary>
    public int ReceiptYear => FiscalYear.Containing(ReceivedOn).Year;

    public string Anchor => $"opinion-{Id}";
}

/// <summary>One page of published opinions, newest publication first, and where the other pages are.</summary>
public sealed record PublishedOpinionList(IReadOnlyList<PublishedOpinion> Items, int Page, int PageCount, int Total, Func<int, string> PageHref)
{
    public const int PageSize = 10;

    public static int PageCountOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);
}
