namespace AsoPlan.Web.Models.Portal;

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
    SectionContact? OwnerContact = null);

public sealed record PolicyLink(int Number, string ShortName, string Title);

public sealed record SectionLink(string Code, string Name);

public sealed record MeasureLink(int Number, string Title);

public sealed record SdgGoalItem(int Goal, string Label, IReadOnlyList<string> Targets);

public sealed record InitiativeItem(string Name, string? Content, string? Effect, IReadOnlyList<string> Projects);
