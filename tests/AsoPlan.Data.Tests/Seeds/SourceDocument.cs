namespace AsoPlan.Data.Tests.Seeds;

// What the fidelity tests read from the basic plan document (seeds/001_*.txt), independently
// of plan.json: cells and lines exactly as printed, so the comparison sees any transcription slip.

internal sealed record SourceDocument(IReadOnlyList<SourcePolicy> Policies, IReadOnlyList<SourceMeasure> Measures);

internal sealed record SourcePolicy(int Number, string ShortName, string Title, IReadOnlyList<SourceIndividualPlan> IndividualPlans);

/// <summary>A row of 主な個別計画など; a blank 担当課 cell already carries the section of the row above.</summary>
internal sealed record SourceIndividualPlan(string Name, string Section, string Period);

internal sealed record SourceMeasure(
    int Number,
    int PolicyNumber,
    string? OwnerLabel,
    string Title,
    IReadOnlyList<string> Description,
    IReadOnlyList<SourceSdgGoal> SdgGoals,
    IReadOnlyList<string> KeyActions,
    IReadOnlyList<SourceInitiative> Initiatives,
    SourceIndicatorTable? Indicators);

internal sealed record SourceSdgGoal(int Goal, string Label, IReadOnlyList<string> Targets);

internal sealed record SourceInitiative(string Name, string Content, string Effect, IReadOnlyList<string> Projects);

/// <summary>A ◆目指す指標 table: fiscal years from its header, its rows, and the (※) notes printed under it.</summary>
internal sealed record SourceIndicatorTable(
    int BaselineFiscalYear,
    int TargetFiscalYear,
    IReadOnlyList<SourceIndicatorRow> Rows,
    IReadOnlyList<string> Footnotes);

internal sealed record SourceIndicatorRow(string Name, string Baseline, string Target);
