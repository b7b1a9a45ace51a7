using System.Text;
using AsoPlan.Core.Budget;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Features.Workbooks;
using AsoPlan.Web.Shared.Formatting;
using Microsoft.EntityFrameworkCore;
using static AsoPlan.Web.Features.Budget.FinanceImportLayout;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// Takes in the finance system's 予算・決算 (docs/budget-link.md#finance-import) as a whole: every row is matched to its
/// 事務事業 by 予算事業コード and year and read with the form's rules, every problem is listed by row and column, and only
/// a file without any problem is applied — into each project's year of the measure's record, as a draft for the
/// section to confirm and submit, all in one save — or nothing.
/// </summary>
public sealed class FinanceImporter(AsoPlanDbContext db, EntryYears years, RecordPages pages, AuditTrail audit, TimeProvider clock)
{
    public async Task<FinanceImportResult> ImportAsync(byte[]? content, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (rows, refusal) = FinanceFile.Read(content);
        if (refusal is not null)
        {
            return FinanceImportResult.Refused([refusal]);
        }

        var problems = new FinanceProblems();
        Headings(rows!, problems);
        if (problems.Count > 0)
        {
            return FinanceImportResult.Refused(problems.List());
        }

        var lines = await LinesAsync(rows!, problems, cancellationToken);
        var records = await RecordsAsync(lines, cancellationToken);
        var entries = Merge(lines, records, problems);
        if (problems.Count > 0)
        {
            return FinanceImportResult.Refused(problems.List());
        }

        if (entries.Count == 0)
        {
            return FinanceImportResult.Refused(["取り込む行がありません（2行目から、年度・予算事業コード・金額を1事業1年度につき1行で入れてください）。"]);
        }

        await StageAsync(entries, records, actor, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return FinanceImportResult.Refused(["取り込みの最中に、課が記録を変更しました。何も取り込んでいません。もう一度取り込んでください。"]);
        }

        return FinanceImportResult.Imported([.. entries.GroupBy(e => (e.Line.Project.Measure!.Number, e.Line.FiscalYear))
            .OrderBy(g => g.Key.FiscalYear).ThenBy(g => g.Key.Number)
            .Select(g => new FinanceImportedRecord(g.Key.Number, g.Key.FiscalYear, g.Count()))]);
    }

    /// <summary>Row 1 must carry the headings in order: a moved column would put an amount in the wrong field.</summary>
    private static void Headings(IReadOnlyList<SheetRow> rows, FinanceProblems problems)
    {
        var heading = rows.Count > 0 ? rows[0] : null;
        foreach (var column in Columns.Where(c => heading?.Text(c)?.Trim() != c.Header))
        {
            problems.At(1, column, $"列見出しが「{column.Header}」ではありません。様式（テンプレート）の列の順に、見出しを1行目に入れてください。");
        }
    }

    /// <summary>Each row's year, 事務事業 and amounts, read by themselves; a row with any problem is not taken further.</summary>
    private async Task<List<FinanceLine>> LinesAsync(IReadOnlyList<SheetRow> rows, FinanceProblems problems, CancellationToken cancellationToken)
    {
        var periodYears = await years.AllAsync(cancellationToken);
        var projects = (await db.Projects.AsNoTracking().Include(p => p.Measure)
            .Where(p => p.BudgetCode != null && p.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .ToListAsync(cancellationToken)).ToLookup(p => CodeKey(p.BudgetCode), StringComparer.Ordinal);
        var lines = new List<FinanceLine>();
        var first = new Dictionary<(int Project, int Year), int>();
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank))
        {
            var before = problems.Count;
            var year = ReadYear(row, periodYears, problems);
            var project = FindProject(row, projects, problems);
            var amounts = Amounts.ToDictionary(a => a.Field, a => AmountText(row, a.Field, a.Column, problems));
            if (year is not { } y || project is null)
            {
                continue;
            }

            if (first.TryGetValue((project.Id, y), out var earlier))
            {
                problems.At(row.Number, BudgetCode, $"予算事業コード「{row.Text(BudgetCode)?.Trim()}」の{ValueFormat.Wareki(y)}の行が重複しています（行{earlier}と同じ事務事業・年度です）。");
                continue;
            }

            first[(project.Id, y)] = row.Number;
            if (problems.Count == before)
            {
                lines.Add(new FinanceLine(row.Number, project, y, amounts));
            }
        }

        return lines;
    }

    private static int? ReadYear(SheetRow row, IReadOnlyList<int> periodYears, FinanceProblems problems)
    {
        var text = row.Text(FinanceImportLayout.Year)?.Trim();
        var year = FiscalYearText.Parse(text);
        if (year is null)
        {
            problems.At(row.Number, FinanceImportLayout.Year, text is null ? "年度が空欄です。" : $"「{text}」を年度として読み取れません（例: 2024、令和6年度、R6）。");
            return null;
        }

        if (!periodYears.Contains(year.Value))
        {
            problems.At(row.Number, FinanceImportLayout.Year, $"{ValueFormat.Wareki(year.Value)}は今の計画期間（{ValueFormat.Wareki(periodYears.Min())}〜{ValueFormat.Wareki(periodYears.Max())}）の年度ではありません。");
            return null;
        }

        return year;
    }

    private static Project? FindProject(SheetRow row, ILookup<string, Project> projects, FinanceProblems problems)
    {
        var code = row.Text(BudgetCode)?.Trim();
        if (code is null)
        {
            problems.At(row.Number, BudgetCode, "予算事業コードが空欄です。");
            return null;
        }

        var matches = projects[CodeKey(code)].ToList();
        if (matches.Count == 0)
        {
            problems.At(row.Number, BudgetCode, $"予算事業コード「{code}」の事務事業が計画にありません（計画の管理画面で、事務事業に予算事業コードを設定してください）。");
            return null;
        }

        if (matches.Count > 1)
        {
            problems.At(row.Number, BudgetCode, $"予算事業コード「{code}」は複数の事務事業（{string.Join("、", matches.Select(p => $"{p.Code} {p.Name}"))}）に設定されているため、どれに取り込むか決められません。");
            return null;
        }

        return matches[0];
    }

    /// <summary>An amount cell as typed, once it reads as 千円 by the form's rules; its message otherwise.</summary>
    private static string? AmountText(SheetRow row, string field, WorkbookColumn column, FinanceProblems problems)
    {
        var text = row.Text(column);
        if (ProjectEntryReader.ReadAmount(field, text).Error is { } error)
        {
            problems.At(row.Number, column, error);
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>The records of the measures and years the lines are for, tracked with their values and project years.</summary>
    private async Task<List<PdcaRecord>> RecordsAsync(List<FinanceLine> lines, CancellationToken cancellationToken)
    {
        var measureIds = lines.Select(l => l.Project.MeasureId).Distinct().ToList();
        var fiscalYears = lines.Select(l => l.FiscalYear).Distinct().ToList();
        var records = await db.PdcaRecords.Include(r => r.Values)
            .Where(r => measureIds.Contains(r.MeasureId) && fiscalYears.Contains(r.FiscalYear))
            .ToListAsync(cancellationToken);
        return [.. records.Where(r => lines.Any(l => l.Project.MeasureId == r.MeasureId && l.FiscalYear == r.FiscalYear))];
    }

    /// <summary>
    /// Each line over the stored year (a blank cell keeps what the section entered), read whole by Core's reader so the
    /// funding must still add up to 決算額; a record already submitted or approved is the section's and the office's
    /// to change through the workflow, not the import's.
    /// </summary>
    private static List<(FinanceLine Line, ProjectEntry Entry)> Merge(List<FinanceLine> lines, List<PdcaRecord> records, FinanceProblems problems)
    {
        var result = new List<(FinanceLine, ProjectEntry)>();
        foreach (var line in lines)
        {
            var record = records.SingleOrDefault(r => r.MeasureId == line.Project.MeasureId && r.FiscalYear == line.FiscalYear);
            if (record is { State: not (RecordState.Draft or RecordState.Returned) })
            {
                problems.At(line.Row, FinanceImportLayout.Year, $"実施施策{line.Project.Measure!.Number}の{ValueFormat.Wareki(line.FiscalYear)}の記録は{record.State.Japanese()}のため、取り込めません（変更は差戻しや訂正の手続きで課が行います）。");
                continue;
            }

            var form = ProjectForms.Of(line.Project.Id, record?.Projects.FirstOrDefault(p => p.ProjectId == line.Project.Id));
            foreach (var (field, text) in line.Amounts.Where(a => a.Value is not null))
            {
                typeof(ProjectForm).GetProperty(field)!.SetValue(form, text);
            }

            var errors = new List<EntryError>();
            var entry = ProjectEntryReader.Read(ProjectForms.Input(form, line.Project), errors);
            foreach (var error in errors)
            {
                var column = Amounts.Where(a => a.Field == error.ProjectField).Select(a => a.Column).FirstOrDefault() ?? BudgetCode;
                var kept = Amounts.Any(a => line.Amounts[a.Field] is null) ? "（空欄の列は、課の入力済みの値で計算しています）" : string.Empty;
                problems.At(line.Row, column, $"事務事業「{line.Project.Name}」（{line.Project.Code}）: {error.Message}{kept}");
            }

            if (errors.Count == 0)
            {
                result.Add((line, entry));
            }
        }

        return result;
    }

    /// <summary>Puts each entry into its project's year and each changed record into 下書き with its audit row, without saving.</summary>
    private async Task StageAsync(List<(FinanceLine Line, ProjectEntry Entry)> entries, List<PdcaRecord> records, string actor, CancellationToken cancellationToken)
    {
        foreach (var group in entries.GroupBy(e => (e.Line.Project.MeasureId, e.Line.FiscalYear)))
        {
            var (measureId, fiscalYear) = group.Key;
            var indicators = await pages.IndicatorsAsync(measureId, fiscalYear, cancellationToken);
            var record = records.SingleOrDefault(r => r.MeasureId == measureId && r.FiscalYear == fiscalYear);
            var before = record is null ? null : RecordSnapshot.Of(record, indicators);
            var current = record?.State;
            if (record is null)
            {
                record = new PdcaRecord { MeasureId = measureId, FiscalYear = fiscalYear };
                db.PdcaRecords.Add(record);
            }

            foreach (var (line, entry) in group)
            {
                var stored = record.Projects.FirstOrDefault(p => p.ProjectId == line.Project.Id);
                if (stored is null)
                {
                    stored = new ProjectRecord { ProjectId = line.Project.Id };
                    record.Projects.Add(stored);
                }

                ProjectForms.Apply(stored, entry);
            }

            record.State = PdcaWorkflow.AfterSave(current);
            record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            var number = group.First().Line.Project.Measure!.Number;
            audit.Record(actor, RecordActions.FinanceImport, RecordAuditKey.EntityType, RecordAuditKey.Of(number, fiscalYear), before, RecordSnapshot.Of(record, indicators));
        }
    }

    /// <summary>予算事業コード as matched: width and case folded, spaces dropped (「ＡＢ－001」 is 「AB-001」).</summary>
    private static string CodeKey(string? code) =>
        string.Concat((code ?? string.Empty).Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}

/// <summary>A row that read cleanly: its 事務事業, year and amount cells as typed (null: blank, keep what is stored).</summary>
public sealed record FinanceLine(int Row, Project Project, int FiscalYear, IReadOnlyDictionary<string, string?> Amounts);

/// <summary>A record the import changed: measure, year and how many of its projects' years.</summary>
public sealed record FinanceImportedRecord(int MeasureNumber, int FiscalYear, int Projects);

/// <summary>What an import did: the records now holding the amounts as drafts, or every problem (and nothing saved).</summary>
public sealed record FinanceImportResult(IReadOnlyList<FinanceImportedRecord> Records, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static FinanceImportResult Imported(IReadOnlyList<FinanceImportedRecord> records) => new(records, []);

    public static FinanceImportResult Refused(IReadOnlyList<string> problems) => new([], problems);
}

/// <summary>The problems of a finance file, each with its row and column (「行5 列D（当初予算額（千円））: …」), in row and column order.</summary>
public sealed class FinanceProblems
{
    private readonly List<(int Row, string Column, string Text)> problems = [];

    public int Count => problems.Count;

    public void At(int row, WorkbookColumn column, string message)
    {
        ArgumentNullException.ThrowIfNull(column);
        problems.Add((row, column.Letter, $"行{row} 列{column.Letter}（{column.Header}）: {message}"));
    }

    public IReadOnlyList<string> List() =>
        [.. problems.OrderBy(p => p.Row).ThenBy(p => p.Column.Length).ThenBy(p => p.Column, StringComparer.Ordinal).Select(p => p.Text)];
}
