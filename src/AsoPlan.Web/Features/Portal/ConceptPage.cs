namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// The basic concept (基本構想) whole, in the source's order: its lead, purpose and period, the vision, philosophy,
/// priority theme and challenges (as the home page has them) and the basic goals and 計画の推進に向けて.
/// </summary>
public sealed record ConceptPage(HomePage Home, int ConceptStartFiscalYear, int ConceptEndFiscalYear, IReadOnlyList<ConceptSection> Sections)
{
    /// <summary>A passage by its key (purpose, period, basic-goals …), or null when the plan has none.</summary>
    public ConceptSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>計画の推進に向けて: the passages whose key starts with <c>promotion-</c>, in order.</summary>
    public IReadOnlyList<ConceptSection> Promotion => [.. Sections.Where(s => s.Key.StartsWith("promotion-", StringComparison.Ordinal))];
}

public sealed record ConceptSection(string Key, string Heading, IReadOnlyList<string> Paragraphs);
