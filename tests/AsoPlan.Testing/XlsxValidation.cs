using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AsoPlan.Testing;

/// <summary>
/// What Excel would object to in a workbook the portal wrote: the Open XML SDK validator's errors against the Office 2019
/// schema (Excel answers a schema error with 「一部の内容に問題が見つかりました」 and a repair).
/// </summary>
public static class XlsxValidation
{
    public static IReadOnlyList<string> Errors(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var stream = new MemoryStream(xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
