using System.Globalization;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Shared.Formatting;
using Microsoft.EntityFrameworkCore;
using static AsoPlan.Web.Features.Workbooks.EntryWorkbookLayout;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>
/// Takes in a filled entry workbook as a whole. Every cell — values, PDCA texts and the 事務事業 years — is read by the
/// form's own rules (<see cref="RecordFormReading.Read"/>), every problem is listed with its cell, and only a workbook without
/// any problem is applied: each of its measures saved as a draft exactly as the form would, all in one save.
/// </summary>
public sealed class EntryWorkbookImporter(AsoPlanDbContext db, EntryWorkbookQuery query, RecordEntryWriter writer)
{
    /// <summary>A section's workbook is a few dozen kilobytes; 1 MB leaves room for Excel's own additions.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public const string TooLarge = "ファイルが大きすぎます（1MBまで）。ダウンロードしたワークブック（.xlsx）を選んでください。";

    private static readonly string[] NotAvailableMarks = [NotAvailableMark, "〇", "◯", "未確定", "TRUE"];

    private static readonly string[] PreliminaryMarks = [NotAvailableMark, "〇", "◯", "速報値", "TRUE"];

    public async Task<WorkbookImportResult> ImportAsync(SectionYear target, byte[] content, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxFileBytes)
        {
            return WorkbookImportResult.Refused([TooLarge]);
        }

        var (file, cover, refusal) = Open(content, target);
        if (refusal is not null)
        {
            return WorkbookImportResult.Refused(refusal);
        }

        var problems = new WorkbookProblems();
        var sectionMeasures = await query.SectionMeasuresAsync(target.SectionId, target.FiscalYear, cancellationToken);
        var measures = Measures(cover!, sectionMeasures, problems);
        Headings(file!.Sheets[ValuesSheet], ValuesSheet, ValueColumns, problems);
        Headings(file.Sheets[PdcaSheet], PdcaSheet, PdcaColumns, problems);
        Headings(file.Sheets[ProjectsSheet], ProjectsSheet, ProjectColumns, problems);
        if (problems.Count > 0)
        {
            return WorkbookImportResult.Refused(problems.List());
        }

        var projects = await query.ProjectsAsync([.. measures.Select(m => m.Measure.Id)], cancellationToken);
        var entries = Entries(file, measures, projects, problems);
        var records = await RecordsAsync(measures, target.FiscalYear, cancellationToken);
        Writable(measures, records, target, problems);
        if (problems.Count > 0)
        {
            return WorkbookImportResult.Refused(problems.List());
        }

        foreach (var (measure, _, entry) in entries)
        {
            writer.Stage(records.SingleOrDefault(r => r.MeasureId == measure.Id), measure.Id, measure.Number, target.FiscalYear, entry, measure.Indicators, actor, submit: false);
        }

        return await SaveAsync(entries, cancellationToken);
    }

    /// <summary>
    /// Reads the file: a 表紙 that is ours (this layout) and of this section and year, then its other sheets; else what
    /// refuses it. The 表紙 comes first, so an earlier layout is told what it lacks rather than which sheet is missing.
    /// </summary>
    private static (WorkbookFile? File, WorkbookCover? Cover, IReadOnlyList<string>? Refusal) Open(byte[] content, SectionYear target)
    {
        var file = WorkbookFile.Read(content, Sheets);
        if (file.Unreadable is { } unreadable)
        {
            return (null, null, [unreadable]);
        }

        var cover = file.Sheets.TryGetValue(CoverSheet, out var coverRows) ? WorkbookCover.Read(coverRows) : null;
        if (cover is not null && Identity(cover, target) is { } refusal)
        {
            return (null, null, [refusal]);
        }

        if (Sheets.Where(s => !file.Sheets.ContainsKey(s)).ToList() is { Count: > 0 } missingSheets)
        {
            return (null, null, [.. missingSheets.Select(s => $"シート「{s}」がありません。ダウンロードしたワークブックのシートは削除・名前の変更をしないでください。")]);
        }

        return (file, cover, null);
    }

    /// <summary>Each listed measure's rows read by the form's own rules (<see cref="RecordFormReading.Read"/>); each problem put on its cell.</summary>
    private static List<(Measure Measure, CoverVersion Version, RecordEntry Entry)> Entries(
        WorkbookFile file, List<(Measure Measure, CoverVersion Version)> measures, ILookup<int, Project> projects, WorkbookProblems problems)
    {
        var values = ValueRows(file.Sheets[ValuesSheet], measures, problems);
        var pdca = PdcaRows(file.Sheets[PdcaSheet], measures, problems);
        var projectRows = WorkbookProjectRows.Read(file.Sheets[ProjectsSheet], [.. measures.SelectMany(m => projects[m.Measure.Id])], problems);
        var entries = new List<(Measure Measure, CoverVersion Version, RecordEntry Entry)>();
        foreach (var (measure, version) in measures)
        {
            var pdcaRow = pdca.GetValueOrDefault(measure.Number);
            var form = new RecordForm
            {
                Version = version.Version,
                Values = [.. measure.Indicators.Select(i => values.TryGetValue(i.Id, out var line) ? line.Form : new ValueForm { IndicatorId = i.Id })],
                DoText = pdcaRow?.Text(DoText),
                SelfRating = pdcaRow?.Text(SelfRating),
                SelfRatingReason = pdcaRow?.Text(SelfRatingReason),
                ActionText = pdcaRow?.Text(ActionText),
                Projects = [.. projects[measure.Id].Select(p => projectRows.TryGetValue(p.Id, out var line) ? line.Form : new ProjectForm { ProjectId = p.Id })],
            };
            var read = RecordFormReading.Read(form, measure.Indicators, [.. projects[measure.Id]]);
            foreach (var error in read.EntryErrors)
            {
                if (error.Field == EntryField.Project)
                {
                    WorkbookProjectRows.Report(error, projectRows, problems);
                }
                else
                {
                    Report(error, values, pdcaRow, problems);
                }
            }

            if (read.Entry is { } entry)
            {
                entries.Add((measure, version, entry));
            }
        }

        return entries;
    }

    /// <summary>The stored records of the listed measures in the year, tracked with their values (the writer changes them).</summary>
    private Task<List<PdcaRecord>> RecordsAsync(List<(Measure Measure, CoverVersion Version)> measures, int fiscalYear, CancellationToken cancellationToken)
    {
        var ids = measures.Select(m => m.Measure.Id).ToList();
        return db.PdcaRecords.Include(r => r.Values)
            .Where(r => ids.Contains(r.MeasureId) && r.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Each record may still be changed by staff and is the version the workbook was made from. Checked here per record
    /// (<see cref="PdcaWorkflow.StaffCanEdit"/>): the upload's authorization covers the section and year, not each record.
    /// </summary>
    private static void Writable(List<(Measure Measure, CoverVersion Version)> measures, List<PdcaRecord> records, SectionYear target, WorkbookProblems problems)
    {
        foreach (var (measure, version) in measures)
        {
            var record = records.SingleOrDefault(r => r.MeasureId == measure.Id);
            if (!PdcaWorkflow.StaffCanEdit(record?.State, target.WindowOpen))
            {
                problems.General($"実施施策{measure.Number}の記録は{record?.State.Japanese()}のため、変更できません。");
            }
            else if ((record?.Version.ToString() ?? string.Empty) != (version.Version ?? string.Empty))
            {
                problems.AtCell(CoverSheet, version.Row, CoverContentColumn, $"実施施策{measure.Number}の記録は、このワークブックを作成した後に変更されています。最新のワークブックをダウンロードし直して入力してください。");
            }
        }
    }

    /// <summary>Saves every staged draft at once, or none.</summary>
    private async Task<WorkbookImportResult> SaveAsync(List<(Measure Measure, CoverVersion Version, RecordEntry Entry)> entries, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A version that moved underneath, or a record created by someone else in between: nothing was stored.
            db.ChangeTracker.Clear();
            return WorkbookImportResult.Refused(["取り込みの最中に、ほかの人が記録を変更しました。何も取り込んでいません。最新のワークブックをダウンロードし直してください。"]);
        }

        return WorkbookImportResult.Imported([.. entries.Select(e => e.Measure.Number)]);
    }

    /// <summary>The workbook must be ours, and for this section and year; anything else is refused before a cell is read.</summary>
    private static string? Identity(WorkbookCover cover, SectionYear target)
    {
        if (cover.FormName is { } former && FormerForms.TryGetValue(former, out var lacking))
        {
            return $"このワークブックは以前の様式（{former}）で、{lacking}。この画面から新しいワークブックをダウンロードし直して入力してください。";
        }

        if (cover.FormName != FormName)
        {
            return $"このファイルは実績入力ワークブックではありません（シート「{CoverSheet}」の「{FormItem}」が「{FormName}」ではありません）。この画面からダウンロードしたワークブックを使ってください。";
        }

        if (cover.SectionCode != target.SectionCode)
        {
            return $"このワークブックは{cover.SectionName ?? cover.SectionCode ?? "別の課"}のものです。{target.SectionName}のワークブックをダウンロードして入力してください。";
        }

        if (cover.Year != target.FiscalYear.ToString(CultureInfo.InvariantCulture))
        {
            var year = int.TryParse(cover.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1988 and < 3000 ? ValueFormat.Wareki(y) : "別の年度";
            return $"このワークブックは{year}のものです。{ValueFormat.Wareki(target.FiscalYear)}のワークブックをダウンロードして入力してください。";
        }

        return null;
    }

    /// <summary>The measures the 表紙 lists, each one of this section's, each once.</summary>
    private static List<(Measure Measure, CoverVersion Version)> Measures(WorkbookCover cover, IReadOnlyList<Measure> sectionMeasures, WorkbookProblems problems)
    {
        var result = new List<(Measure, CoverVersion)>();
        foreach (var version in cover.Versions)
        {
            var measure = sectionMeasures.FirstOrDefault(m => m.Number == version.MeasureNumber);
            if (measure is null)
            {
                problems.AtCell(CoverSheet, version.Row, CoverItemColumn, $"実施施策{version.MeasureNumber}はこの課の担当ではありません。表紙は変更しないでください。");
            }
            else if (result.Any(r => r.Item1.Id == measure.Id))
            {
                problems.AtCell(CoverSheet, version.Row, CoverItemColumn, $"実施施策{version.MeasureNumber}が重複しています。表紙は変更しないでください。");
            }
            else
            {
                result.Add((measure, version));
            }
        }

        if (cover.Versions.Count == 0)
        {
            problems.InSheet(CoverSheet, "取り込む施策がありません。この画面からダウンロードしたワークブックを使ってください。");
        }

        return result;
    }

    /// <summary>Row 1 must carry the headings in order; a moved or inserted column would put values in the wrong place.</summary>
    private static void Headings(IReadOnlyList<SheetRow> rows, string sheet, IReadOnlyList<WorkbookColumn> columns, WorkbookProblems problems)
    {
        var heading = rows.Count > 0 ? rows[0] : null;
        foreach (var column in columns.Where(c => heading?.Text(c)?.Trim() != c.Header))
        {
            problems.AtCell(sheet, 1, column, $"列見出しが「{column.Header}」ではありません。列の追加・削除・並べ替えはしないでください。");
        }
    }

    /// <summary>The 実績 rows by indicator id: exactly one row for each indicator of the listed measures.</summary>
    private static Dictionary<int, (SheetRow Row, ValueForm Form)> ValueRows(IReadOnlyList<SheetRow> rows, List<(Measure Measure, CoverVersion Version)> measures, WorkbookProblems problems)
    {
        var indicators = measures.SelectMany(m => m.Measure.Indicators).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var result = new Dictionary<int, (SheetRow, ValueForm)>();
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank))
        {
            var code = row.Text(IndicatorCode)?.Trim();
            if (code is null)
            {
                problems.AtCell(ValuesSheet, row.Number, IndicatorCode, "指標コードが空欄です。行の追加や指標コードの変更はしないでください。");
                continue;
            }

            if (!indicators.TryGetValue(code, out var indicator))
            {
                problems.AtCell(ValuesSheet, row.Number, IndicatorCode, $"指標コード「{code}」はこのワークブックの成果指標ではありません。行の追加や指標コードの変更はしないでください。");
                continue;
            }

            if (result.TryGetValue(indicator.Id, out var first))
            {
                problems.AtCell(ValuesSheet, row.Number, IndicatorCode, $"指標コード「{code}」の行が重複しています（行{first.Item1.Number}と同じ指標です）。");
                continue;
            }

            result[indicator.Id] = (row, new ValueForm
            {
                IndicatorId = indicator.Id,
                Value = row.Text(Value),
                // blank is an explicit no, as the form's unticked box: the workbook is written with what is stored
                Preliminary = Mark(row, Preliminary, PreliminaryMarks, problems),
                NotAvailable = Mark(row, NotAvailable, NotAvailableMarks, problems),
                NotAvailableReason = row.Text(NotAvailableReason),
                MeasurementNote = row.Text(MeasurementNote),
            });
        }

        foreach (var indicator in indicators.Values.Where(i => !result.ContainsKey(i.Id)))
        {
            problems.InSheet(ValuesSheet, $"指標コード「{indicator.Code}」（{indicator.Name}）の行がありません。行は削除しないでください。");
        }

        return result;
    }

    /// <summary>A yes/no column: one of <paramref name="marks"/> is yes, blank or FALSE no, anything else a problem of its cell.</summary>
    private static bool Mark(SheetRow row, WorkbookColumn column, string[] marks, WorkbookProblems problems)
    {
        var mark = row.Text(column)?.Trim();
        var yes = mark is not null && marks.Contains(mark, StringComparer.OrdinalIgnoreCase);
        if (mark is not null && !yes && !string.Equals(mark, "FALSE", StringComparison.OrdinalIgnoreCase))
        {
            problems.AtCell(ValuesSheet, row.Number, column, $"「{column.Header}」の列には「{NotAvailableMark}」を入れるか、空欄にしてください。");
        }

        return yes;
    }

    /// <summary>The PDCA rows by measure number: exactly one row for each listed measure.</summary>
    private static Dictionary<int, SheetRow> PdcaRows(IReadOnlyList<SheetRow> rows, List<(Measure Measure, CoverVersion Version)> measures, WorkbookProblems problems)
    {
        var result = new Dictionary<int, SheetRow>();
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank))
        {
            var text = row.Text(PdcaMeasure)?.Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || measures.All(m => m.Measure.Number != number))
            {
                problems.AtCell(PdcaSheet, row.Number, PdcaMeasure, $"「{text}」はこのワークブックの実施施策の番号ではありません。行の追加や番号の変更はしないでください。");
                continue;
            }

            if (result.TryGetValue(number, out var first))
            {
                problems.AtCell(PdcaSheet, row.Number, PdcaMeasure, $"実施施策{number}の行が重複しています（行{first.Number}と同じ施策です）。");
                continue;
            }

            result[number] = row;
        }

        foreach (var (measure, _) in measures.Where(m => !result.ContainsKey(m.Measure.Number)))
        {
            problems.InSheet(PdcaSheet, $"実施施策{measure.Number}の行がありません。行は削除しないでください。");
        }

        return result;
    }

    /// <summary>Puts a message of the form's reader on the cell it is about.</summary>
    private static void Report(EntryError error, Dictionary<int, (SheetRow Row, ValueForm Form)> values, SheetRow? pdcaRow, WorkbookProblems problems)
    {
        if (error.IndicatorId is { } id)
        {
            var column = error.Field switch
            {
                EntryField.Value => Value,
                EntryField.NotAvailableReason => NotAvailableReason,
                _ => MeasurementNote,
            };
            if (values.TryGetValue(id, out var line))
            {
                problems.AtCell(ValuesSheet, line.Row.Number, column, error.Message);
            }

            return;
        }

        var pdcaColumn = error.Field switch
        {
            EntryField.DoText => DoText,
            EntryField.SelfRating => SelfRating,
            EntryField.SelfRatingReason => SelfRatingReason,
            _ => ActionText,
        };
        if (pdcaRow is not null)
        {
            problems.AtCell(PdcaSheet, pdcaRow.Number, pdcaColumn, error.Message);
        }
    }
}

/// <summary>What an upload did: the measures saved as drafts, or every problem (and nothing saved).</summary>
public sealed record WorkbookImportResult(IReadOnlyList<int> Measures, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static WorkbookImportResult Imported(IReadOnlyList<int> measures) => new(measures, []);

    public static WorkbookImportResult Refused(IReadOnlyList<string> problems) => new([], problems);
}
