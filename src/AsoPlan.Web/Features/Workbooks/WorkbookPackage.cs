using System.IO.Compression;
using System.Xml;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>
/// An uploaded .xlsx is a zip of XML parts, and a zip of 1 MB can unpack to a gigabyte: one cell of 960 MiB of
/// <c>A</c> compresses to under 1 MB. Before the spreadsheet reader sees the file, every part is streamed once,
/// nothing kept, and the file is refused at the first limit passed: the size of each part and of the whole
/// package (declared and as actually unpacked), the length of a cell's text, the number of rows, and how far
/// to the right a cell lies. The limits are far above anything the portal's own workbook holds (a few dozen rows,
/// a few hundred KB unpacked), so a real workbook never meets them.
/// </summary>
public static class WorkbookPackage
{
    /// <summary>Unpacked size of one part (a sheet, the shared strings).</summary>
    public const long MaxPartBytes = 8 * 1024 * 1024;

    /// <summary>Unpacked size of all parts together.</summary>
    public const long MaxTotalBytes = 16 * 1024 * 1024;

    public const int MaxParts = 200;

    /// <summary>Excel's own limit for the text of one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>The 50th column (AX); the workbook uses the first dozen.</summary>
    public const int MaxColumns = 50;

    public const string TooLarge = "ワークブックの中身が大きすぎるため、読み取りませんでした。ダウンロードしたワークブックに入力し、Excel形式（.xlsx）のまま保存して選んでください。";

    /// <summary>Why the package must not be read, or null when it is within every limit.</summary>
    public static string? Check(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts || zip.Entries.Any(e => e.Length > MaxPartBytes) || zip.Entries.Sum(e => e.Length) > MaxTotalBytes)
            {
                return TooLarge;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var part = new CountingStream(entry.Open(), MaxPartBytes);
                var problem = IsXml(entry.FullName) ? ScanXml(part, IsSheet(entry.FullName)) : Drain(part);
                total += part.Count;
                if (problem is not null || total > MaxTotalBytes)
                {
                    return problem ?? TooLarge;
                }
            }

            return null;
        }
        catch (PartTooLargeException)
        {
            return TooLarge;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return WorkbookFile.NotAWorkbook;
        }
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool IsSheet(string name) => name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);

    private static string? Drain(Stream part)
    {
        var buffer = new byte[16 * 1024];
        while (part.Read(buffer) > 0)
        {
        }

        return null;
    }

    /// <summary>Reads the XML as a stream of nodes; text is counted in chunks, never held whole.</summary>
    private static string? ScanXml(Stream part, bool sheet)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false, IgnoreComments = true };
        using var reader = XmlReader.Create(part, settings);
        var buffer = new char[4096];
        var rows = 0;
        long cellText = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName is "c" or "si" or "is":
                    cellText = 0;
                    if (sheet && reader.LocalName == "c" && reader.GetAttribute("r") is { } reference && !WithinSheet(reference))
                    {
                        return WorkbookFile.TooManyRows;
                    }

                    break;
                case XmlNodeType.Element when sheet && reader.LocalName == "row":
                    if (++rows > WorkbookFile.MaxRows || (reader.GetAttribute("r") is { } number && !WithinRows(number)))
                    {
                        return WorkbookFile.TooManyRows;
                    }

                    break;
                case XmlNodeType.Element when sheet && reader.LocalName == "dimension":
                    if (reader.GetAttribute("ref") is { } range && !range.Split(':').All(WithinSheet))
                    {
                        return WorkbookFile.TooManyRows;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    int read;
                    while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                    {
                        cellText += read;
                        if (cellText > MaxCellCharacters)
                        {
                            return $"1つのセルの文字数が多すぎます（{MaxCellCharacters:#,0}文字まで）。ダウンロードしたワークブックに入力してください。";
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>A cell reference (<c>C12</c>) within the columns and rows a workbook of ours can have.</summary>
    private static bool WithinSheet(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).ToArray();
        if (letters.Length is 0 or > 3)
        {
            return letters.Length == 0; // a reference without letters is not ours to judge
        }

        var column = letters.Aggregate(0, (sum, c) => (sum * 26) + (char.ToUpperInvariant(c) - 'A' + 1));
        return column <= MaxColumns && WithinRows(reference[letters.Length..]);
    }

    private static bool WithinRows(string number) =>
        !long.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) || row <= WorkbookFile.MaxRows;

    /// <summary>Counts what is read and stops at <c>limit</c>: an entry may unpack to more than its header says.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            Count += read;
            return Count > limit ? throw new PartTooLargeException() : read;
        }
    }

    private sealed class PartTooLargeException : Exception
    {
    }
}
