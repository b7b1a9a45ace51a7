using System.Globalization;
using MiniExcelLibs;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>One row of a sheet as read: its 1-based row number and its cells by column letter.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells)
{
    /// <summary>A cell as the text a person typed: numbers without binary noise (0.1 stays 0.1), blanks as null.</summary>
    public string? Text(WorkbookColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Cells.GetValueOrDefault(column.Letter) switch
        {
            null => null,
            string s => s.Length == 0 ? null : s,
            double d => NumberText(d),
            bool b => b ? "TRUE" : "FALSE",
            DateTime t => t.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
    }

    public bool IsBlank => Cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)));

    /// <summary>
    /// Excel keeps numbers as doubles; the decimal conversion keeps 15 significant digits, which is what Excel
    /// shows, so 85.5 typed in a cell is read as "85.5" and then goes through the same rules as the form.
    /// </summary>
    private static string NumberText(double value)
    {
        if (Math.Abs(value) < 7.9e27)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }
}

/// <summary>The sheets of an uploaded workbook by name, or why the file could not be read at all.</summary>
public sealed record WorkbookFile(IReadOnlyDictionary<string, IReadOnlyList<SheetRow>> Sheets, string? Unreadable)
{
    /// <summary>The workbook has a few dozen rows; more than this is not a workbook we wrote.</summary>
    public const int MaxRows = 2000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static readonly string TooManyRows = $"行または列が多すぎます（{MaxRows:#,0}行まで）。ダウンロードしたワークブックに入力してください。";

    public const string NotAWorkbook = "Excelのワークブック（.xlsx）として読み取れません。ダウンロードしたワークブックを、Excel形式（.xlsx）のまま保存して選んでください。";

    /// <summary>Reads the named sheets; a missing sheet is simply absent from <see cref="Sheets"/>.</summary>
    public static WorkbookFile Read(byte[] content, IReadOnlyList<string> sheetNames)
    {
        ArgumentNullException.ThrowIfNull(sheetNames);
        return Read(content, present => sheetNames.Where(present.Contains));
    }

    /// <summary>Reads the first sheet, whatever its name (a file another system wrote).</summary>
    public static WorkbookFile ReadFirstSheet(byte[] content) => Read(content, present => present.Take(1));

    private static WorkbookFile Read(byte[] content, Func<List<string>, IEnumerable<string>> choose)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length < ZipSignature.Length || !content.AsSpan(0, ZipSignature.Length).SequenceEqual(ZipSignature))
        {
            return Fail(NotAWorkbook);
        }

        if (WorkbookPackage.Check(content) is { } refusal)
        {
            return Fail(refusal);
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var present = stream.GetSheetNames();
            var sheets = new Dictionary<string, IReadOnlyList<SheetRow>>();
            foreach (var name in choose(present))
            {
                var rows = new List<SheetRow>();
                foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX))
                {
                    if (rows.Count == MaxRows)
                    {
                        return Fail($"シート「{name}」の行が多すぎます（{MaxRows:#,0}行まで）。ダウンロードしたワークブックに入力してください。");
                    }

                    rows.Add(new SheetRow(rows.Count + 1, new Dictionary<string, object?>(cells)));
                }

                sheets[name] = rows;
            }

            return new WorkbookFile(sheets, null);
        }
#pragma warning disable CA1031 // A damaged upload can fail inside the zip, XML or MiniExcel readers in many ways; all of them mean "not a workbook".
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Fail(NotAWorkbook);
        }
    }

    private static WorkbookFile Fail(string reason) => new(new Dictionary<string, IReadOnlyList<SheetRow>>(), reason);
}
