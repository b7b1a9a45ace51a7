using System.Text.Json.Serialization;

namespace AsoPlan.Data.Seeding;

// The shape of seeds/plan.json (documented in docs/seed-data.md). Arrays of strings hold
// paragraphs or list items in document order; codes are the natural keys the import upserts by.
// VisionLead (the sentence introducing the vision figure) and PhilosophyClosing (the words that
// end the 基本理念 sentence, を基本理念とします。) are optional so older seeds still read.

public sealed record PlanSeed(
    string Code,
    string Name,
    int ConceptStartFiscalYear,
    int ConceptEndFiscalYear,
    string Vision,
    IReadOnlyList<string> VisionThoughts,
    string PhilosophyIntro,
    string Philosophy,
    PriorityThemeSeed PriorityTheme,
    IReadOnlyList<TextSectionSeed> Sections,
    IReadOnlyList<ChallengeSeed> Challenges,
    IReadOnlyList<DepartmentSeed> Departments,
    PeriodSeed Period,
    string? VisionLead = null,
    string? PhilosophyClosing = null);

public sealed record PriorityThemeSeed(string Title, string Category, IReadOnlyList<string> Paragraphs);

/// <summary>A titled passage; <see cref="Key"/> is required for plan-level sections, optional for policy sections.</summary>
public sealed record TextSectionSeed(string? Key, string Heading, IReadOnlyList<string> Paragraphs);

public sealed record ChallengeSeed(int Number, string Title, string Category, IReadOnlyList<string> Paragraphs);

public sealed record DepartmentSeed(string Code, string Name, string Mission, IReadOnlyList<SectionSeed> Sections);

public sealed record SectionSeed(string Code, string Name, IReadOnlyList<string> Roles);

public sealed record PeriodSeed(
    string Code,
    string Name,
    int StartFiscalYear,
    int EndFiscalYear,
    int BaselineFiscalYear,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<PolicySeed> Policies);

public sealed record PolicySeed(
    int Number,
    string ShortName,
    string Title,
    string? Subtitle,
    [property: JsonConverter(typeof(JsonStringEnumConverter))] Core.Plan.PolicyKind Kind,
    int? Challenge,
    string? Department,
    IReadOnlyList<string> CurrentIssues,
    IReadOnlyList<TextSectionSeed> Sections,
    IReadOnlyList<IndividualPlanSeed> IndividualPlans,
    IReadOnlyList<MeasureSeed> Measures);

public sealed record IndividualPlanSeed(string Name, string Section, string Period);

public sealed record MeasureSeed(
    int Number,
    string Title,
    string OwnerSection,
    string OwnerLabel,
    IReadOnlyList<string> Description,
    IReadOnlyList<SdgGoalSeed> SdgGoals,
    IReadOnlyList<string> KeyActions,
    IReadOnlyList<InitiativeSeed> Initiatives,
    IReadOnlyList<IndicatorSeed> Indicators);

public sealed record SdgGoalSeed(int Goal, string Label, IReadOnlyList<string> Targets);

public sealed record InitiativeSeed(string Name, string Content, string Effect, IReadOnlyList<ProjectSeed> Projects);

/// <summary>
/// A 主な事務・事業: <see cref="Code"/> (<c>M13-P02</c>) is its key within the period; <see cref="Section"/> the section
/// that runs it when not the measure's owner; <see cref="BudgetCode"/> the finance system's 予算事業コード. Both are left
/// out of the file when not set.
/// </summary>
public sealed record ProjectSeed(
    string Code,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Section = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BudgetCode = null);

public sealed record IndicatorSeed(
    string Code,
    string RowName,
    string Name,
    string Unit,
    int Decimals,
    BaselineSeed Baseline,
    TargetSeed Target,
    [property: JsonConverter(typeof(JsonStringEnumConverter))] Core.Plan.IndicatorDirection Direction,
    string? DirectionReason,
    string? Footnote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<YearTargetSeed>? YearTargets = null);

/// <summary>
/// A per-year target (年度別目標値) between the baseline year and the target year. An indicator's
/// <see cref="IndicatorSeed.YearTargets"/> left out of a file keeps the stored ones (files written before they were
/// part of the format); an empty list removes them. The export leaves the member out when there are none.
/// </summary>
public sealed record YearTargetSeed(int FiscalYear, decimal Value);

/// <summary>FiscalYear and Value are null when the source has no baseline (<c>-</c>, <c>—</c>).</summary>
public sealed record BaselineSeed(int? FiscalYear, decimal? Value, string Text, string? Note);

/// <summary>Exactly one of Value and RelativePercent is set.</summary>
public sealed record TargetSeed(int FiscalYear, decimal? Value, decimal? RelativePercent, string Text);
