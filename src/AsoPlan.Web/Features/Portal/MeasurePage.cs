namespace AsoPlan.Web.Features.Portal;

public sealed record MeasurePage(
    int Number,
    string Title,
    PolicyLink Policy,
    SectionLink Owner,
    string OwnerLabel,
    IReadOnlyList<string> Description,
    IReadOnlyList<SdgGoalItem> SdgGoals,
    IReadOnlyList<string> KeyActions,
    IReadOnlyList<InitiativeItem> Initiatives,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<int> ReportingYears,
    MeasureLink? Previous,
    MeasureLink? Next,
    IReadOnlyList<string>? RevisionNotes = null,
    SectionContact? OwnerContact = null,
    IReadOnlyList<MeasureYearRating>? YearRatings = null)
{
    /// <summary>
    /// The dated public notes of corrections to published values, by the fiscal year they correct, each year's oldest
    /// first: 「令和8年6月1日 訂正: …（理由）」.
    /// </summary>
    public IReadOnlyList<CorrectionNote> CorrectionNotes { get; init; } = [];

    /// <summary>The measure's published 事務事業 years (approved only): cost by year beside the ratings, each project's latest year.</summary>
    public AsoPlan.Web.Features.Budget.MeasureBudget? Budget { get; init; }

    /// <summary>The committee's findings and the city's responses published for this measure, newest fiscal year first (ExternalReview).</summary>
    public IReadOnlyList<ExternalReview.PublishedCommitteeFinding> CommitteeFindings { get; init; } = [];

    /// <summary>The published opinions with the city's replies, one page of them (Voice).</summary>
    public Voice.PublishedOpinionList? Opinions { get; init; }

    /// <summary>Opinions are received on the current period's measures only.</summary>
    public bool OpinionsOpen { get; init; }
}

/// <summary>One line of a correction's public notes and the fiscal year whose published values it corrects.</summary>
public sealed record CorrectionNote(int FiscalYear, string Text)
{
    /// <summary>The anchor of a year's first note, which the table's 「訂正済」 of that year links to.</summary>
    public static string Anchor(int fiscalYear) => $"corrections-{fiscalYear}";
}

/// <summary>The measure's rating in a reporting year, from its published indicator results; null while the year is not published.</summary>
public sealed record MeasureYearRating(int FiscalYear, AsoPlan.Core.Progress.MeasureRating? Rating);

public sealed record PolicyLink(int Number, string ShortName, string Title);

public sealed record SectionLink(string Code, string Name);

public sealed record MeasureLink(int Number, string Title);

public sealed record SdgGoalItem(int Goal, string Label, IReadOnlyList<string> Targets);

public sealed record InitiativeItem(string Name, string? Content, string? Effect, IReadOnlyList<string> Projects);
