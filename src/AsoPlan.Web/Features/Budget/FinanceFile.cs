using System.Text;
using AsoPlan.Web.Features.Workbooks;
using MiniExcelLibs;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// Reads the finance system's file into rows by column letter, whatever it is: an .xlsx (its first sheet, through the
/// same guarded reader as the staff workbook) or a CSV in UTF-8 (with or without BOM) or Shift_JIS, which Japanese
/// finance systems and Excel's 「CSV（コンマ区切り）」 write.
/// </summary>
public static class FinanceFile
{
    /// <summary>Four years of 179 projects are well under 100 KB; 1 MB leaves room for Excel's own additions.</summary>
    public const int MaxBytes = 1024 * 1024;

    public const string Empty = "取り込むファイル（CSV または .xlsx）を選んでください。";

    public const string TooLarge = "ファイルが大きすぎます（1MBまで）。予算・決算の取込ファイル（CSV または .xlsx）を選んでください。";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static (IReadOnlyList<SheetRow>? Rows, string? Refusal) Read(byte[]? content)
    {
        if (content is null || content.Length == 0)
        {
            return (null, Empty);
        }

        if (content.Length > MaxBytes)
        {
            return (null, TooLarge);
        }

        if (content.AsSpan().StartsWith(ZipSignature))
        {
            var file = WorkbookFile.ReadFirstSheet(content);
            return file.Unreadable is { } unreadable ? (null, unreadable) : (file.Sheets.Values.FirstOrDefault() ?? [], null);
        }

        return Csv(content);
    }

    private static (IReadOnlyList<SheetRow>? Rows, string? Refusal) Csv(byte[] content)
    {
        var text = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, "CSV（文字コード UTF-8 または Shift_JIS のテキスト）としても、Excelのワークブック（.xlsx）としても読み取れません。");
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        var rows = new List<SheetRow>();
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.CSV))
        {
            if (rows.Count == WorkbookFile.MaxRows)
            {
                return (null, $"行が多すぎます（{WorkbookFile.MaxRows:#,0}行まで）。");
            }

            rows.Add(new SheetRow(rows.Count + 1, new Dictionary<string, object?>(cells)));
        }

        return (rows, null);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Shift_JIS (code page 932).</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetString(content);
        }
    }
}
