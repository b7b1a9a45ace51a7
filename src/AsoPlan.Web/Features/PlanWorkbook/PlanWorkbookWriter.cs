using AsoPlan.Core.Plan;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.Workbooks;
using AsoPlan.Web.Shared.Spreadsheets;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// Writes the plan workbook with MiniExcel (docs/decisions/0301): 記入方法 first, then one sheet per kind of plan row,
/// filled from a plan in the file format (<see cref="PlanSeed"/>) or empty but for the departments and sections, which
/// all periods share. The input lists are added afterwards by <see cref="PlanWorkbookValidations"/>.
/// </summary>
public static class PlanWorkbookWriter
{
    public static string FileName(PlanSeed? seed) => seed is null ? "計画ワークブック_様式.xlsx" : $"計画ワークブック_{seed.Period.Code}.xlsx";

    /// <param name="seed">The plan to fill in, or null for the empty template.</param>
    /// <param name="departments">The departments and sections for the empty template (a filled one takes the plan's).</param>
    public static byte[] Write(PlanSeed? seed, IReadOnlyList<DepartmentSeed> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var period = seed?.Period;
        var policies = period?.Policies ?? [];
        var measures = policies.SelectMany(p => p.Measures).ToList();
        var sheets = new Dictionary<string, object>
        {
            [Guide.Name] = Rows(Guide, PlanWorkbookGuide.Lines.Select(l => Row(Guide, l.Item, l.Text))),
            [Overview.Name] = Rows(Overview, PlanItems.Select(item => Row(Overview, item.Label, seed is null ? null : PlanItemValue(seed, item)))),
            [PlanSections.Name] = Rows(PlanSections, (seed?.Sections ?? []).Select(s => Row(PlanSections, s.Key, s.Heading, Join(s.Paragraphs, ParagraphBreak)))),
            [Challenges.Name] = Rows(Challenges, (seed?.Challenges ?? []).Select(c => Row(Challenges, c.Number, c.Title, c.Category, Join(c.Paragraphs, ParagraphBreak)))),
            [Departments.Name] = Rows(Departments, (seed?.Departments ?? departments).Select(d => Row(Departments, d.Code, d.Name, d.Mission))),
            [Sections.Name] = Rows(Sections, (seed?.Departments ?? departments).SelectMany(d => d.Sections.Select(s => Row(Sections, d.Code, s.Code, s.Name, Join(s.Roles, LineBreak))))),
            [Policies.Name] = Rows(Policies, policies.Select(p => Row(Policies, p.Number, p.ShortName, p.Title, p.Subtitle, KindLabels[p.Kind], p.Challenge, p.Department, Join(p.CurrentIssues, LineBreak)))),
            [PolicySections.Name] = Rows(PolicySections, policies.SelectMany(p => p.Sections.Select(s => Row(PolicySections, p.Number, s.Heading, Join(s.Paragraphs, ParagraphBreak))))),
            [IndividualPlans.Name] = Rows(IndividualPlans, policies.SelectMany(p => p.IndividualPlans.Select(i => Row(IndividualPlans, p.Number, i.Name, i.Section, i.Period)))),
            [Measures.Name] = Rows(Measures, policies.SelectMany(p => p.Measures.Select(m => Row(Measures, p.Number, m.Number, m.Title, m.OwnerSection, m.OwnerLabel, Join(m.Description, ParagraphBreak), Join(m.KeyActions, LineBreak))))),
            [SdgGoals.Name] = Rows(SdgGoals, measures.SelectMany(m => m.SdgGoals.Select(g => Row(SdgGoals, m.Number, g.Goal, g.Label, Join(g.Targets, " "))))),
            [Initiatives.Name] = Rows(Initiatives, measures.SelectMany(m => m.Initiatives.Select((i, n) => Row(Initiatives, m.Number, n + 1, i.Name, i.Content, i.Effect)))),
            [Projects.Name] = Rows(Projects, measures.SelectMany(m => m.Initiatives.SelectMany((i, n) => i.Projects.Select(p => Row(Projects, m.Number, n + 1, p.Code, p.Name, p.Section, p.BudgetCode))))),
            [Indicators.Name] = Rows(Indicators, measures.SelectMany(m => m.Indicators.Select(i => IndicatorRow(m, i)))),
            [YearTargets.Name] = Rows(YearTargets, measures.SelectMany(m => m.Indicators).SelectMany(i => (i.YearTargets ?? []).Select(t => Row(YearTargets, i.Code, t.FiscalYear, t.Value)))),
        };
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. Sheets.SelectMany(s => s.Columns).GroupBy(c => c.Header).Select(g => new DynamicExcelColumn(g.Key) { Width = g.Max(c => c.Width) })],
        };
        return PlanWorkbookValidations.Add(XlsxFile.Write(sheets, configuration));
    }

    private static object?[] IndicatorRow(MeasureSeed measure, IndicatorSeed i) => Row(
        Indicators,
        measure.Number, i.Code, i.RowName, i.Name, i.Unit, i.Decimals,
        i.Baseline.FiscalYear, i.Baseline.Value, i.Baseline.Text, i.Baseline.Note,
        i.Target.FiscalYear, i.Target.Value, i.Target.RelativePercent, i.Target.Text,
        i.Direction.Japanese(), i.DirectionReason, i.Footnote);

    private static object? PlanItemValue(PlanSeed seed, PlanItem item) => (item.OfPeriod, item.Field) switch
    {
        (true, "Code") => seed.Period.Code,
        (true, "Name") => seed.Period.Name,
        (true, "StartFiscalYear") => seed.Period.StartFiscalYear,
        (true, "EndFiscalYear") => seed.Period.EndFiscalYear,
        (true, "BaselineFiscalYear") => seed.Period.BaselineFiscalYear,
        (true, "Introduction") => Join(seed.Period.Introduction, ParagraphBreak),
        (false, "Code") => seed.Code,
        (false, "Name") => seed.Name,
        (false, "ConceptStartFiscalYear") => seed.ConceptStartFiscalYear,
        (false, "ConceptEndFiscalYear") => seed.ConceptEndFiscalYear,
        (false, "VisionLead") => seed.VisionLead,
        (false, "Vision") => seed.Vision,
        (false, "VisionThoughts") => Join(seed.VisionThoughts, ParagraphBreak),
        (false, "PhilosophyIntro") => seed.PhilosophyIntro,
        (false, "Philosophy") => seed.Philosophy,
        (false, "PhilosophyClosing") => seed.PhilosophyClosing,
        (false, "PriorityTheme.Title") => seed.PriorityTheme.Title,
        (false, "PriorityTheme.Category") => seed.PriorityTheme.Category,
        (false, "PriorityTheme.Paragraphs") => Join(seed.PriorityTheme.Paragraphs, ParagraphBreak),
        _ => throw new InvalidOperationException($"No value for the plan item {item.Label}."),
    };

    /// <summary>A list in one cell as the database stores it: paragraphs apart by a blank line, list items by a line break.</summary>
    private static string? Join(IReadOnlyList<string> items, string separator) => items.Count == 0 ? null : string.Join(separator, items);

    private static object?[] Row(PlanSheet sheet, params object?[] cells) =>
        cells.Length == sheet.Columns.Count ? cells : throw new InvalidOperationException($"Sheet {sheet.Name} has {sheet.Columns.Count} columns, not {cells.Length}.");

    /// <summary>Rows keyed by heading in column order. A sheet without rows still gets its heading row.</summary>
    private static List<Dictionary<string, object?>> Rows(PlanSheet sheet, IEnumerable<object?[]> rows)
    {
        var list = rows.Select(r => sheet.Columns.Select((c, i) => (c.Header, Value: r[i])).ToDictionary(c => c.Header, c => c.Value)).ToList();
        return list.Count > 0 ? list : [sheet.Columns.ToDictionary(c => c.Header, _ => (object?)null)];
    }
}
