using System.Text.Json;
using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;

namespace AsoPlan.Data.Seeding;

/// <summary>The outcome of checking a plan file: the plan when it can be loaded, otherwise every problem found.</summary>
public sealed record PlanSeedCheck(PlanSeed? Seed, IReadOnlyList<string> Problems)
{
    public bool IsValid => Seed is not null && Problems.Count == 0;
}

/// <summary>
/// Checks a plan file in the seed format before anything is written: JSON syntax, shape, numbering,
/// duplicate codes, references to sections, departments and challenges, directions and targets, and the length
/// and characters of every text (<see cref="PlanSeedTexts"/>).
/// Problems are listed in Japanese with where they are, all of them, not just the first.
/// </summary>
public static class PlanSeedValidator
{
    public static PlanSeedCheck Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            problems.Add($"JSONとして読めません（{(ex.LineNumber ?? 0) + 1}行目 {(ex.BytePositionInLine ?? 0) + 1}バイト目付近）。括弧・カンマ・引用符を確認してください。");
            return new PlanSeedCheck(null, problems);
        }

        using (document)
        {
            PlanSeedShape.Check(document.RootElement, problems);
            if (problems.Count > 0)
            {
                return new PlanSeedCheck(null, problems);
            }

            PlanSeed seed;
            try
            {
                seed = document.RootElement.Deserialize<PlanSeed>(PlanSeedJson.ReadOptions)!;
            }
            catch (JsonException ex)
            {
                problems.Add($"{ex.Path ?? "plan"}: 形式が正しくありません。");
                return new PlanSeedCheck(null, problems);
            }

            CheckPlan(seed, problems);
            PlanSeedTexts.Check(seed, problems);
            return new PlanSeedCheck(seed, problems);
        }
    }

    private static void CheckPlan(PlanSeed seed, List<string> problems)
    {
        Required(seed.Code, "計画のコード (code)", problems);
        Required(seed.Name, "計画の名称 (name)", problems);
        if (seed.ConceptStartFiscalYear > seed.ConceptEndFiscalYear)
        {
            problems.Add($"基本構想の期間: 開始年度 {seed.ConceptStartFiscalYear} が終了年度 {seed.ConceptEndFiscalYear} より後です。");
        }

        Duplicates(seed.Sections.Select(s => s.Key), key => $"計画の文章の key「{key}」が重複しています。", problems);
        foreach (var section in seed.Sections.Where(s => string.IsNullOrWhiteSpace(s.Key)))
        {
            problems.Add($"計画の文章「{section.Heading}」に key がありません。");
        }

        Sequence(seed.Challenges.Select(c => c.Number), 1, "チャレンジ", problems);
        var departments = seed.Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Duplicates(seed.Departments.Select(d => d.Code), code => $"部のコード「{code}」が重複しています。", problems);
        var sections = seed.Departments.SelectMany(d => d.Sections).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        Duplicates(seed.Departments.SelectMany(d => d.Sections).Select(s => s.Code), code => $"課のコード「{code}」が重複しています。", problems);
        foreach (var department in seed.Departments)
        {
            Required(department.Code, $"部「{department.Name}」のコード", problems);
            Required(department.Name, $"部「{department.Code}」の名称", problems);
            foreach (var section in department.Sections)
            {
                Required(section.Code, $"課「{section.Name}」のコード", problems);
                Required(section.Name, $"課「{section.Code}」の名称", problems);
            }
        }

        CheckPeriod(seed, departments, sections, problems);
    }

    private static void CheckPeriod(PlanSeed seed, HashSet<string> departments, HashSet<string> sections, List<string> problems)
    {
        var period = seed.Period;
        Required(period.Code, "基本計画のコード (period.code)", problems);
        Required(period.Name, "基本計画の名称 (period.name)", problems);
        if (period.StartFiscalYear > period.EndFiscalYear)
        {
            problems.Add($"基本計画の期間: 開始年度 {period.StartFiscalYear} が終了年度 {period.EndFiscalYear} より後です。");
        }

        if (period.BaselineFiscalYear >= period.StartFiscalYear)
        {
            problems.Add($"基本計画の基準年度 {period.BaselineFiscalYear} は開始年度 {period.StartFiscalYear} より前にしてください。");
        }

        CheckPolicies(seed, departments, problems);
        var measures = period.Policies.SelectMany(p => p.Measures.Select(m => (Policy: p, Measure: m))).ToList();
        if (measures.Count > 0)
        {
            Sequence(measures.Select(m => m.Measure.Number), measures[0].Measure.Number, "実施施策", problems);
        }

        Duplicates(measures.SelectMany(m => m.Measure.Indicators).Select(i => i.Code), code => $"指標コード「{code}」が重複しています。", problems);
        foreach (var (policy, measure) in measures)
        {
            CheckMeasure(seed.Period, policy, measure, sections, problems);
        }
    }

    /// <summary>The policies number 1, 2, …; each names a challenge and a department the plan has; a core policy has a challenge.</summary>
    private static void CheckPolicies(PlanSeed seed, HashSet<string> departments, List<string> problems)
    {
        var period = seed.Period;
        Sequence(period.Policies.Select(p => p.Number), 1, "政策", problems);
        var challenges = seed.Challenges.Select(c => c.Number).ToHashSet();
        foreach (var policy in period.Policies)
        {
            var where = $"政策{policy.Number}";
            if (policy.Challenge is int challenge && !challenges.Contains(challenge))
            {
                problems.Add($"{where}: チャレンジ{challenge} は計画にありません。");
            }

            if (policy.Department is string department && !departments.Contains(department))
            {
                problems.Add($"{where}: 部「{department}」は departments にありません。");
            }

            if (policy.Kind == PolicyKind.Core && policy.Challenge is null)
            {
                problems.Add($"{where}: 基本政策 (Core) にはチャレンジの番号が必要です。");
            }
        }
    }

    /// <summary>A measure: its title, an owning section the plan lists, SDG goals 1–17 once each, and its indicators.</summary>
    private static void CheckMeasure(PeriodSeed period, PolicySeed policy, MeasureSeed measure, HashSet<string> sections, List<string> problems)
    {
        var where = $"政策{policy.Number} 実施施策{measure.Number}";
        Required(measure.Title, $"{where} の名称", problems);
        if (!sections.Contains(measure.OwnerSection))
        {
            problems.Add($"{where}: 担当課「{measure.OwnerSection}」は departments のどの部にもありません。");
        }

        foreach (var goal in measure.SdgGoals.Where(g => g.Goal is < 1 or > 17))
        {
            problems.Add($"{where}: SDGsのゴール {goal.Goal} はありません（1〜17）。");
        }

        Duplicates(measure.SdgGoals.Select(g => g.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture)), goal => $"{where}: SDGsのゴール {goal} が重複しています。", problems);
        CheckProjects(measure, sections, where, problems);
        var previous = 0;
        foreach (var indicator in measure.Indicators)
        {
            CheckIndicator(period, measure.Number, indicator, previous, $"{where} 指標「{indicator.Code}」", problems);
            previous = Math.Max(previous, IndicatorNumber(measure.Number, indicator.Code) ?? previous);
        }
    }

    /// <summary>
    /// An indicator's code is its measure's number and a number that rises through the measure's list. Gaps are
    /// allowed: a deleted indicator's code is never given again, so open-data users' codes keep their meaning and
    /// an export made after a deletion loads again.
    /// </summary>
    private static void CheckIndicator(PeriodSeed period, int measureNumber, IndicatorSeed indicator, int previous, string where, List<string> problems)
    {
        var number = IndicatorNumber(measureNumber, indicator.Code);
        if (number is null)
        {
            problems.Add($"{where}: コードは「M{measureNumber:00}-I01」の形にしてください（実施施策の番号と、その中での2桁の番号）。");
        }
        else if (number <= previous)
        {
            problems.Add($"{where}: コードの番号は前の指標（M{measureNumber:00}-I{previous:00}）より大きくしてください（並び順の番号が増えていくように）。");
        }

        Required(indicator.Name, $"{where} の名称", problems);
        Required(indicator.Unit, $"{where} の単位", problems);
        if (indicator.Decimals is < 0 or > 4)
        {
            problems.Add($"{where}: 小数点以下の桁数 {indicator.Decimals} は 0〜4 にしてください。");
        }

        if (!Enum.IsDefined(indicator.Direction))
        {
            problems.Add($"{where}: 目指す方向が正しくありません。");
        }

        var baseline = indicator.Baseline;
        if (baseline.FiscalYear.HasValue != baseline.Value.HasValue)
        {
            problems.Add($"{where}: 基準値は年度と値の両方を書くか、両方を null にしてください。");
        }

        if (baseline.FiscalYear is int baselineYear && baselineYear >= period.StartFiscalYear)
        {
            problems.Add($"{where}: 基準値の年度 {baselineYear} は計画の開始年度 {period.StartFiscalYear} より前にしてください。");
        }

        var target = indicator.Target;
        if (target.Value.HasValue == target.RelativePercent.HasValue)
        {
            problems.Add($"{where}: 目標値は value（値）と relativePercent（基準値からの増加率）のどちらか一方だけを書いてください。");
        }

        if (target.RelativePercent.HasValue && !baseline.Value.HasValue)
        {
            problems.Add($"{where}: 基準値のない指標に相対的な目標（relativePercent）は使えません。");
        }

        if (target.FiscalYear < period.StartFiscalYear || target.FiscalYear > period.EndFiscalYear)
        {
            problems.Add($"{where}: 目標年度 {target.FiscalYear} が計画期間 {period.StartFiscalYear}〜{period.EndFiscalYear} の外です。");
        }

        if (GoalRules.NeedsDirectionReason(indicator.Direction, baseline.Value, target.Value) && string.IsNullOrWhiteSpace(indicator.DirectionReason))
        {
            problems.Add($"{where}: 目指す方向が「目標が基準値より上への増加」以外なので、directionReason に理由を書いてください。");
        }
    }

    /// <summary>
    /// A project's code is its measure's number and a number of its own (<c>M13-P02</c>), once within the measure; it may
    /// stand anywhere in the list (a project added to the first initiative gets the measure's next number). A section
    /// named must exist.
    /// </summary>
    private static void CheckProjects(MeasureSeed measure, HashSet<string> sections, string where, List<string> problems)
    {
        var projects = measure.Initiatives.SelectMany(i => i.Projects).ToList();
        foreach (var project in projects)
        {
            Required(project.Name, $"{where} 事務事業「{project.Code}」の名称", problems);
            if (Core.Plan.ProjectCodes.Parse(project.Code) is not { } parsed || parsed.Measure != measure.Number || parsed.Project < 1)
            {
                problems.Add($"{where}: 事務事業のコード「{project.Code}」は {Core.Plan.ProjectCodes.Of(measure.Number, 1)} の形（施策番号と事業の番号）にしてください。");
            }

            if (project.Section is { } section && !sections.Contains(section))
            {
                problems.Add($"{where} 事務事業「{project.Code}」: 担当課「{section}」は departments のどの部にもありません。");
            }
        }

        Duplicates(projects.Select(p => p.Code), code => $"{where}: 事務事業のコード {code} が重複しています。", problems);
    }

    private static void Sequence(IEnumerable<int> numbers, int first, string label, List<string> problems)
    {
        var expected = first;
        foreach (var number in numbers)
        {
            if (number != expected)
            {
                problems.Add($"{label}の番号が順番になっていません: {expected} のところに {number} があります。");
            }

            expected = number + 1;
        }
    }

    private static void Duplicates(IEnumerable<string?> values, Func<string, string> message, List<string> problems)
    {
        foreach (var group in values.Where(v => !string.IsNullOrWhiteSpace(v)).GroupBy(v => v!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(message(group.Key));
        }
    }

    private static void Required(string? value, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{label}が空です。");
        }
    }

    private static int? IndicatorNumber(int measureNumber, string? code)
    {
        var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"M{measureNumber:00}-I");
        return code is { Length: > 0 } && code.StartsWith(prefix, StringComparison.Ordinal) && code.Length == prefix.Length + 2
            && int.TryParse(code.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number > 0
                ? number
                : null;
    }
}
