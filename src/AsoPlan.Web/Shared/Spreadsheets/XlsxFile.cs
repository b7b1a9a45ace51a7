using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace AsoPlan.Web.Shared.Spreadsheets;

/// <summary>
/// The one way the portal writes an .xlsx: MiniExcel's synchronous <c>SaveAs</c> into memory. Its <c>SaveAsAsync</c>
/// (1.46.0, 1.47.1) puts a <c>&lt;drawing&gt;</c> element inside <c>&lt;sheetData&gt;</c> when a sheet has table styles or
/// dynamic columns, which the schema forbids and Excel repairs with a warning (docs/decisions/1701).
/// </summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="sheets">Sheet name → rows (dictionaries keyed by column heading), in sheet order.</param>
    public static byte[] Write(IDictionary<string, object> sheets, OpenXmlConfiguration configuration)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }
}
