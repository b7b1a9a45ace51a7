using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>A workbook the portal writes, checked as Excel would read it: the Open XML SDK's validator (decision 1401).</summary>
public static class Xlsx
{
    /// <summary>Every schema and semantic error the validator finds, one line each (part, path, description).</summary>
    public static IReadOnlyList<string> Errors(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
