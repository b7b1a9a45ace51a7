using System.Globalization;
using System.Runtime.CompilerServices;
using AsoPlan.Data.Configurations;

namespace AsoPlan.Data.Seeding;

/// <summary>
/// Every text of a plan file checked against what it is stored in: the column's length (<see cref="ModelLimits"/>,
/// the same numbers the configurations give SQL Server) and, for prose stored unbounded, the 20,000 characters the
/// plan editor allows; lists are checked as they are stored, joined. Control characters are refused, except line
/// breaks and tabs in prose (a paragraph may hold a line break); a name, title, code or list item must be one line.
/// </summary>
internal sealed class PlanSeedTexts(PlanProblems problems)
{
    /// <summary>The plan editor's limit for a prose field (PlanTextEditor), for columns SQL Server stores unbounded.</summary>
    public const int ProseLength = 20_000;

    public static void Check(PlanSeed seed, PlanProblems problems)
    {
        var texts = new PlanSeedTexts(problems);
        using (problems.Within(seed))
        {
            texts.CheckPlan(seed);
        }

        texts.CheckPeriod(seed.Period);
    }

    private void CheckPlan(PlanSeed seed)
    {
        Line(seed.Code, "計画のコード (code)", ModelLimits.Code);
        Line(seed.Name, "計画の名称 (name)", ModelLimits.Name);
        Line(seed.VisionLead, "将来都市像の前置き (visionLead)", ModelLimits.Title);
        Line(seed.Vision, "将来都市像 (vision)", ModelLimits.Title);
        Paragraphs(seed.VisionThoughts, "将来都市像に込めた思い (visionThoughts)");
        Prose(seed.PhilosophyIntro, "基本理念の前文 (philosophyIntro)");
        Prose(seed.Philosophy, "基本理念 (philosophy)");
        Line(seed.PhilosophyClosing, "基本理念の結び (philosophyClosing)", ModelLimits.ShortName);
        Line(seed.PriorityTheme?.Title, "重点テーマの名称", ModelLimits.Title);
        Line(seed.PriorityTheme?.Category, "重点テーマの分類", ModelLimits.ShortName);
        Paragraphs(seed.PriorityTheme?.Paragraphs, "重点テーマの本文");
        foreach (var section in seed.Sections ?? [])
        {
            using var scopeSection = problems.Within(section);
            var where = $"計画の文章「{Short(section.Heading)}」";
            Line(section.Key, $"{where}の key", ModelLimits.Code);
            Line(section.Heading, $"{where}の見出し", ModelLimits.Title);
            Paragraphs(section.Paragraphs, $"{where}の本文");
        }

        foreach (var challenge in seed.Challenges ?? [])
        {
            using var scopeChallenge = problems.Within(challenge);
            var where = $"チャレンジ{challenge.Number}";
            Line(challenge.Title, $"{where}の名称", ModelLimits.Title);
            Line(challenge.Category, $"{where}の分類", ModelLimits.ShortName);
            Paragraphs(challenge.Paragraphs, $"{where}の本文");
        }

        foreach (var department in seed.Departments ?? [])
        {
            using var scopeDepartment = problems.Within(department);
            var where = $"部「{Short(department.Code)}」";
            Line(department.Code, $"{where}のコード", ModelLimits.Code);
            Line(department.Name, $"{where}の名称", ModelLimits.Name);
            Prose(department.Mission, $"{where}の役割");
            foreach (var section in department.Sections ?? [])
            {
            using var scopeSection = problems.Within(section);
                Line(section.Code, $"課「{Short(section.Code)}」のコード", ModelLimits.Code);
                Line(section.Name, $"課「{Short(section.Code)}」の名称", ModelLimits.Name);
                Lines(section.Roles, $"課「{Short(section.Code)}」の役割");
            }
        }
    }

    private void CheckPeriod(PeriodSeed? period)
    {
        if (period is null)
        {
            return;
        }

        using var scopePeriod = problems.Within(period);
        Line(period.Code, "基本計画のコード (period.code)", ModelLimits.Code);
        Line(period.Name, "基本計画の名称 (period.name)", ModelLimits.Name);
        Paragraphs(period.Introduction, "基本計画の前文 (period.introduction)");
        foreach (var policy in period.Policies ?? [])
        {
            using var scopePolicy = problems.Within(policy);
            var where = $"政策{policy.Number}";
            Line(policy.ShortName, $"{where}の略称", ModelLimits.ShortName);
            Line(policy.Title, $"{where}の名称", ModelLimits.Title);
            Line(policy.Subtitle, $"{where}の副題", ModelLimits.Title);
            Lines(policy.CurrentIssues, $"{where}の現状と課題");
            foreach (var section in policy.Sections ?? [])
            {
            using var scopeSection = problems.Within(section);
                Line(section.Heading, $"{where}の文章「{Short(section.Heading)}」の見出し", ModelLimits.Title);
                Paragraphs(section.Paragraphs, $"{where}の文章「{Short(section.Heading)}」の本文");
            }

            foreach (var plan in policy.IndividualPlans ?? [])
            {
            using var scopePlan = problems.Within(plan);
                Line(plan.Name, $"{where}の個別計画の名称", ModelLimits.Title);
                Line(plan.Section, $"{where}の個別計画「{Short(plan.Name)}」の担当課", ModelLimits.Name);
                Line(plan.Period, $"{where}の個別計画「{Short(plan.Name)}」の計画期間", ModelLimits.CellText);
            }

            foreach (var measure in policy.Measures ?? [])
            {
                using var scopeMeasure = problems.Within(measure);
                CheckMeasure(measure, $"{where} 実施施策{measure.Number}");
            }
        }
    }

    private void CheckMeasure(MeasureSeed measure, string where)
    {
        Line(measure.Title, $"{where}の名称", ModelLimits.Title);
        Line(measure.OwnerLabel, $"{where}の担当課の表記", ModelLimits.Name);
        Paragraphs(measure.Description, $"{where}の概要");
        foreach (var goal in measure.SdgGoals ?? [])
        {
            using var scopeGoal = problems.Within(goal);
            Line(goal.Label, $"{where} SDGsゴール{goal.Goal}の名称", ModelLimits.Name);
            Items(goal.Targets, $"{where} SDGsゴール{goal.Goal}のターゲット", " ", ModelLimits.CellText);
        }

        foreach (var action in measure.KeyActions ?? [])
        {
            Line(action, $"{where}の主な取り組み", ProseLength, "measure.KeyActions");
        }

        foreach (var initiative in measure.Initiatives ?? [])
        {
            using var scopeInitiative = problems.Within(initiative);
            var name = $"{where}の主要な施策「{Short(initiative.Name)}」";
            Line(initiative.Name, $"{where}の主要な施策の名称", ProseLength);
            Prose(initiative.Content, $"{name}の内容");
            Prose(initiative.Effect, $"{name}の目指す効果");
            foreach (var project in initiative.Projects ?? [])
            {
            using var scopeProject = problems.Within(project);
                Line(project.Code, $"{name}の主な事務・事業のコード", ModelLimits.Code);
                Line(project.Name, $"{name}の主な事務・事業「{Short(project.Code)}」の名称", ModelLimits.Title);
                Line(project.BudgetCode, $"{name}の主な事務・事業「{Short(project.Code)}」の予算事業コード", ProjectConfiguration.BudgetCodeLength);
            }
        }

        foreach (var indicator in measure.Indicators ?? [])
        {
            using var scopeIndicator = problems.Within(indicator);
            var name = $"{where} 指標「{Short(indicator.Code)}」";
            Line(indicator.Code, $"{name}のコード", ModelLimits.Code);
            Line(indicator.RowName, $"{name}の行の名称", ModelLimits.Title);
            Line(indicator.Name, $"{name}の名称", ModelLimits.Title);
            Line(indicator.Unit, $"{name}の単位", ModelLimits.Unit);
            Line(indicator.Baseline?.Text, $"{name}の基準値の表記", ModelLimits.CellText);
            Prose(indicator.Baseline?.Note, $"{name}の基準値の注記", ModelLimits.Note);
            Line(indicator.Target?.Text, $"{name}の目標値の表記", ModelLimits.CellText);
            Prose(indicator.DirectionReason, $"{name}の方向の説明", ModelLimits.Note);
            Prose(indicator.Footnote, $"{name}の注記", ModelLimits.Note);
        }
    }

    /// <summary>One line: a name, title, code or list item.</summary>
    private void Line(string? text, string label, int maxLength, [CallerArgumentExpression(nameof(text))] string expression = "") =>
        Text(text, label, maxLength, multiLine: false, FieldOf(expression));

    /// <summary>Prose: line breaks and tabs allowed.</summary>
    private void Prose(string? text, string label, int maxLength = ProseLength, [CallerArgumentExpression(nameof(text))] string expression = "") =>
        Text(text, label, maxLength, multiLine: true, FieldOf(expression));

    /// <summary>Paragraphs, stored joined by a blank line; each may hold a line break.</summary>
    private void Paragraphs(IReadOnlyList<string>? paragraphs, string label, [CallerArgumentExpression(nameof(paragraphs))] string expression = "")
    {
        var field = FieldOf(expression);
        foreach (var paragraph in paragraphs ?? [])
        {
            Control(paragraph, label, multiLine: true, field);
        }

        Length(string.Join("\n\n", paragraphs ?? []), label, ProseLength, field);
    }

    /// <summary>One item per line, stored joined by line breaks.</summary>
    private void Lines(IReadOnlyList<string>? lines, string label, [CallerArgumentExpression(nameof(lines))] string expression = "") =>
        Items(lines, label, "\n", ProseLength, expression);

    private void Items(IReadOnlyList<string>? items, string label, string separator, int maxLength, [CallerArgumentExpression(nameof(items))] string expression = "")
    {
        var field = FieldOf(expression);
        foreach (var item in items ?? [])
        {
            Control(item, label, multiLine: false, field);
        }

        Length(string.Join(separator, items ?? []), label, maxLength, field);
    }

    private void Text(string? text, string label, int maxLength, bool multiLine, string field)
    {
        Control(text, label, multiLine, field);
        Length(text, label, maxLength, field);
    }

    private void Length(string? text, string label, int maxLength, string field)
    {
        if (text is not null && text.Length > maxLength)
        {
            problems.AddField($"{label}: {Count(maxLength)}文字以内にしてください（現在{Count(text.Length)}文字）。", field);
        }
    }

    private void Control(string? text, string label, bool multiLine, string field)
    {
        foreach (var c in text ?? "")
        {
            if (char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'))
            {
                var allowed = multiLine ? "改行とタブのほかは使えません" : "1行の文字列なので、改行やタブも使えません";
                problems.AddField($"{label}: 使用できない制御文字（U+{(int)c:X4}）が含まれています（{allowed}）。", field);
                return;
            }
        }
    }

    /// <summary>
    /// The member a checked text is, relative to the record being checked: <c>indicator.Baseline?.Text</c> is
    /// <c>Baseline.Text</c> of the indicator (the expression always starts with the record's variable).
    /// </summary>
    private static string FieldOf(string expression)
    {
        var path = expression.Replace("?", "", StringComparison.Ordinal).Replace("!", "", StringComparison.Ordinal);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? string.Empty : path[(dot + 1)..];
    }

    /// <summary>A text shown inside a message, cut short so a huge value does not make a huge message.</summary>
    private static string Short(string? text) =>
        text is null ? "" : text.Length <= 20 ? new string([.. text.Where(c => !char.IsControl(c))]) : new string([.. text[..20].Where(c => !char.IsControl(c))]) + "…";

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
