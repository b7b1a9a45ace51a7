using System.Text.Json;
using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;

namespace AsoPlan.Data.Seeding;

/// <summary>The outcome of checking a plan file: the plan when it can be loaded, otherwise every problem found.</summary>
public sealed record PlanSeedCheck(PlanSeed? Seed, IReadOnlyList<PlanProblem> Located)
{
    public IReadOnlyList<string> Problems => [.. Located.Select(p => p.Message)];

    public bool IsValid => Seed is not null && Located.Count == 0;
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
        var problems = new PlanProblems();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            problems.Add($"JSONとして読めません（{(ex.LineNumber ?? 0) + 1}行目 {(ex.BytePositionInLine ?? 0) + 1}バイト目付近）。括弧・カンマ・引用符を確認してください。");
            return new PlanSeedCheck(null, problems.Items);
        }

        using (document)
        {
            var shape = new List<string>();
            PlanSeedShape.Check(document.RootElement, shape);
            if (shape.Count > 0)
            {
                return new PlanSeedCheck(null, [.. shape.Select(m => new PlanProblem(m))]);
            }

            PlanSeed seed;
            try
            {
                seed = document.RootElement.Deserialize<PlanSeed>(PlanSeedJson.ReadOptions)!;
            }
            catch (JsonException ex)
            {
                problems.Add($"{ex.Path ?? "plan"}: 形式が正しくありません。");
                return new PlanSeedCheck(null, problems.Items);
            }

            return Validate(seed);
        }
    }

    /// <summary>
    /// The checks after the file's shape, on a plan read from a plan file or a plan workbook alike: each problem
    /// tied to the record and member it concerns where there is one.
    /// </summary>
    public static PlanSeedCheck Validate(PlanSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var problems = new PlanProblems();
        CheckPlan(seed, problems);
        PlanSeedTexts.Check(seed, problems);
        return new PlanSeedCheck(seed, problems.Items);
    }

    private static void CheckPlan(PlanSeed seed, PlanProblems problems)
    {
        Required(seed.Code, "計画のコード (code)", problems, seed, nameof(seed.Code));
        Required(seed.Name, "計画の名称 (name)", problems, seed, nameof(seed.Name));
        if (seed.ConceptStartFiscalYear > seed.ConceptEndFiscalYear)
        {
            problems.Add($"基本構想の期間: 開始年度 {seed.ConceptStartFiscalYear} が終了年度 {seed.ConceptEndFiscalYear} より後です。", seed, nameof(seed.ConceptEndFiscalYear));
        }

        Duplicates(seed.Sections, s => s.Key, nameof(TextSectionSeed.Key), key => $"計画の文章の key「{key}」が重複しています。", problems);
        foreach (var section in seed.Sections.Where(s => string.IsNullOrWhiteSpace(s.Key)))
        {
            problems.Add($"計画の文章「{section.Heading}」に key がありません。", section, nameof(section.Key));
        }

        Sequence(seed.Challenges, c => c.Number, 1, "チャレンジ", problems);
        var departments = seed.Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Duplicates(seed.Departments, d => d.Code, nameof(DepartmentSeed.Code), code => $"部のコード「{code}」が重複しています。", problems);
        var sections = seed.Departments.SelectMany(d => d.Sections).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        Duplicates(seed.Departments.SelectMany(d => d.Sections), s => s.Code, nameof(SectionSeed.Code), code => $"課のコード「{code}」が重複しています。", problems);
        foreach (var department in seed.Departments)
        {
            Required(department.Code, $"部「{department.Name}」のコード", problems, department, nameof(department.Code));
            Required(department.Name, $"部「{department.Code}」の名称", problems, department, nameof(department.Name));
            foreach (var section in department.Sections)
            {
                Required(section.Code, $"課「{section.Name}」のコード", problems, section, nameof(section.Code));
                Required(section.Name, $"課「{section.Code}」の名称", problems, section, nameof(section.Name));
            }
        }

        CheckPeriod(seed, departments, sections, problems);
    }

    private static void CheckPeriod(PlanSeed seed, HashSet<string> departments, HashSet<string> sections, PlanProblems problems)
    {
        var period = seed.Period;
        Required(period.Code, "基本計画のコード (period.code)", problems, period, nameof(period.Code));
        Required(period.Name, "基本計画の名称 (period.name)", problems, period, nameof(period.Name));
        if (period.StartFiscalYear > period.EndFiscalYear)
        {
            problems.Add($"基本計画の期間: 開始年度 {period.StartFiscalYear} が終了年度 {period.EndFiscalYear} より後です。", period, nameof(period.EndFiscalYear));
        }

        if (period.BaselineFiscalYear >= period.StartFiscalYear)
        {
            problems.Add($"基本計画の基準年度 {period.BaselineFiscalYear} は開始年度 {period.StartFiscalYear} より前にしてください。", period, nameof(period.BaselineFiscalYear));
        }

        CheckPolicies(seed, departments, problems);
        var measures = period.Policies.SelectMany(p => p.Measures.Select(m => (Policy: p, Measure: m))).ToList();
        if (measures.Count > 0)
        {
            Sequence(measures.Select(m => m.Measure), m => m.Number, measures[0].Measure.Number, "実施施策", problems);
        }

        Duplicates(measures.SelectMany(m => m.Measure.Indicators), i => i.Code, nameof(IndicatorSeed.Code), code => $"指標コード「{code}」が重複しています。", problems);
        foreach (var (policy, measure) in measures)
        {
            CheckMeasure(seed.Period, policy, measure, sections, problems);
        }
    }

    /// <summary>The policies number 1, 2, …; each names a challenge and a department the plan has; a core policy has a challenge.</summary>
    private static void CheckPolicies(PlanSeed seed, HashSet<string> departments, PlanProblems problems)
    {
        var period = seed.Period;
        Sequence(period.Policies, p => p.Number, 1, "政策", problems);
        var challenges = seed.Challenges.Select(c => c.Number).ToHashSet();
        foreach (var policy in period.Policies)
        {
            var where = $"政策{policy.Number}";
            if (policy.Challenge is int challenge && !challenges.Contains(challenge))
            {
                problems.Add($"{where}: チャレンジ{challenge} は計画にありません。", policy, nameof(policy.Challenge));
            }

            if (policy.Department is string department && !departments.Contains(department))
            {
                problems.Add($"{where}: 部「{department}」は departments にありません。", policy, nameof(policy.Department));
            }

            if (policy.Kind == PolicyKind.Core && policy.Challenge is null)
            {
                problems.Add($"{where}: 基本政策 (Core) にはチャレンジの番号が必要です。", policy, nameof(policy.Challenge));
            }
        }
    }

    /// <summary>A measure: its title, an owning section the plan lists, SDG goals 1–17 once each, and its indicators.</summary>
    private static void CheckMeasure(PeriodSeed period, PolicySeed policy, MeasureSeed measure, HashSet<string> sections, PlanProblems problems)
    {
        var where = $"政策{policy.Number} 実施施策{measure.Number}";
        Required(measure.Title, $"{where} の名称", problems, measure, nameof(measure.Title));
        if (!sections.Contains(measure.OwnerSection))
        {
            problems.Add($"{where}: 担当課「{measure.OwnerSection}」は departments のどの部にもありません。", measure, nameof(measure.OwnerSection));
        }

        foreach (var goal in measure.SdgGoals.Where(g => g.Goal is < 1 or > 17))
        {
            problems.Add($"{where}: SDGsのゴール {goal.Goal} はありません（1〜17）。", goal, nameof(goal.Goal));
        }

        Duplicates(measure.SdgGoals, g => g.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(SdgGoalSeed.Goal), goal => $"{where}: SDGsのゴール {goal} が重複しています。", problems);
        CheckProjects(measure, sections, where, problems);
        var previous = 0;
        foreach (var indicator in measure.Indicators)
        {
            using (problems.Within(indicator))
            {
                CheckIndicator(period, measure.Number, indicator, previous, $"{where} 指標「{indicator.Code}」", problems);
                IndicatorYearTargets.Check(indicator, $"{where} 指標「{indicator.Code}」", problems);
            }

            previous = Math.Max(previous, IndicatorNumber(measure.Number, indicator.Code) ?? previous);
        }
    }

    /// <summary>
    /// An indicator's code is its measure's number and a number that rises through the measure's list. Gaps are
    /// allowed: a deleted indicator's code is never given again, so open-data users' codes keep their meaning and
    /// an export made after a deletion loads again.
    /// </summary>
    private static void CheckIndicator(PeriodSeed period, int measureNumber, IndicatorSeed indicator, int previous, string where, PlanProblems problems)
    {
        var number = IndicatorNumber(measureNumber, indicator.Code);
        if (number is null)
        {
            problems.AddField($"{where}: コードは「M{measureNumber:00}-I01」の形にしてください（実施施策の番号と、その中での2桁の番号）。", nameof(indicator.Code));
        }
        else if (number <= previous)
        {
            problems.AddField($"{where}: コードの番号は前の指標（M{measureNumber:00}-I{previous:00}）より大きくしてください（並び順の番号が増えていくように）。", nameof(indicator.Code));
        }

        Required(indicator.Name, $"{where} の名称", problems, indicator, nameof(indicator.Name));
        Required(indicator.Unit, $"{where} の単位", problems, indicator, nameof(indicator.Unit));
        if (indicator.Decimals is < 0 or > 4)
        {
            problems.AddField($"{where}: 小数点以下の桁数 {indicator.Decimals} は 0〜4 にしてください。", nameof(indicator.Decimals));
        }

        if (!Enum.IsDefined(indicator.Direction))
        {
            problems.AddField($"{where}: 目指す方向が正しくありません。", nameof(indicator.Direction));
        }

        CheckGoal(period, indicator, where, problems);
    }

    /// <summary>The baseline before the period, exactly one kind of target inside it, and a reason for a direction that needs one.</summary>
    private static void CheckGoal(PeriodSeed period, IndicatorSeed indicator, string where, PlanProblems problems)
    {
        var baseline = indicator.Baseline;
        if (baseline.FiscalYear.HasValue != baseline.Value.HasValue)
        {
            problems.AddField($"{where}: 基準値は年度と値の両方を書くか、両方を null にしてください。", baseline.FiscalYear.HasValue ? "Baseline.Value" : "Baseline.FiscalYear");
        }

        if (baseline.FiscalYear is int baselineYear && baselineYear >= period.StartFiscalYear)
        {
            problems.AddField($"{where}: 基準値の年度 {baselineYear} は計画の開始年度 {period.StartFiscalYear} より前にしてください。", "Baseline.FiscalYear");
        }

        var target = indicator.Target;
        if (target.Value.HasValue == target.RelativePercent.HasValue)
        {
            problems.AddField($"{where}: 目標値は value（値）と relativePercent（基準値からの増加率）のどちらか一方だけを書いてください。", "Target.Value");
        }

        if (target.RelativePercent.HasValue && !baseline.Value.HasValue)
        {
            problems.AddField($"{where}: 基準値のない指標に相対的な目標（relativePercent）は使えません。", "Target.RelativePercent");
        }

        if (target.FiscalYear < period.StartFiscalYear || target.FiscalYear > period.EndFiscalYear)
        {
            problems.AddField($"{where}: 目標年度 {target.FiscalYear} が計画期間 {period.StartFiscalYear}〜{period.EndFiscalYear} の外です。", "Target.FiscalYear");
        }

        if (GoalRules.NeedsDirectionReason(indicator.Direction, baseline.Value, target.Value) && string.IsNullOrWhiteSpace(indicator.DirectionReason))
        {
            problems.AddField($"{where}: 目指す方向が「目標が基準値より上への増加」以外なので、directionReason に理由を書いてください。", nameof(indicator.DirectionReason));
        }
    }

    /// <summary>
    /// A project's code is its measure's number and a number of its own (<c>M13-P02</c>), once within the measure; it may
    /// stand anywhere in the list (a project added to the first initiative gets the measure's next number). A section
    /// named must exist.
    /// </summary>
    private static void CheckProjects(MeasureSeed measure, HashSet<string> sections, string where, PlanProblems problems)
    {
        var projects = measure.Initiatives.SelectMany(i => i.Projects).ToList();
        foreach (var project in projects)
        {
            Required(project.Name, $"{where} 事務事業「{project.Code}」の名称", problems, project, nameof(project.Name));
            if (Core.Plan.ProjectCodes.Parse(project.Code) is not { } parsed || parsed.Measure != measure.Number || parsed.Project < 1)
            {
                problems.Add($"{where}: 事務事業のコード「{project.Code}」は {Core.Plan.ProjectCodes.Of(measure.Number, 1)} の形（施策番号と事業の番号）にしてください。", project, nameof(project.Code));
            }

            if (project.Section is { } section && !sections.Contains(section))
            {
                problems.Add($"{where} 事務事業「{project.Code}」: 担当課「{section}」は departments のどの部にもありません。", project, nameof(project.Section));
            }
        }

        Duplicates(projects, p => p.Code, nameof(ProjectSeed.Code), code => $"{where}: 事務事業のコード {code} が重複しています。", problems);
    }

    /// <summary>Numbers 1, 2, 3 … (or from <paramref name="first"/>); each one out of order is a problem of its record's number.</summary>
    private static void Sequence<T>(IEnumerable<T> records, Func<T, int> number, int first, string label, PlanProblems problems)
        where T : notnull
    {
        var expected = first;
        foreach (var record in records)
        {
            var actual = number(record);
            if (actual != expected)
            {
                problems.Add($"{label}の番号が順番になっていません: {expected} のところに {actual} があります。", record, "Number");
            }

            expected = actual + 1;
        }
    }

    /// <summary>One problem per repeated key, put on its second record.</summary>
    private static void Duplicates<T>(IEnumerable<T> records, Func<T, string?> key, string field, Func<string, string> message, PlanProblems problems)
        where T : notnull
    {
        foreach (var group in records.Where(r => !string.IsNullOrWhiteSpace(key(r))).GroupBy(r => key(r)!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(message(group.Key), group.ElementAt(1), field);
        }
    }

    private static void Required(string? value, string label, PlanProblems problems, object at, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{label}が空です。", at, field);
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
