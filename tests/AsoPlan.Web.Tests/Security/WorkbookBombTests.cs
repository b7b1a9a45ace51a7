using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Workbooks;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// A staff member's own workbook with one cell of 960 MiB of "A" zips to under 1 MB. The real app, as its own
/// process, must refuse it in moments, reading it as a stream, without its memory rising by 100 MB.
/// </summary>
public sealed partial class WorkbookBombTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task A_workbook_with_a_960_MiB_cell_is_refused_within_seconds_and_the_process_memory_stays_flat()
    {
        await portal.Database.SetWindowAsync(2021, open: true);
        var (staff, _) = await portal.SignInAsync("nosei", Roles.SectionStaff);
        using (staff)
        {
            var workbook = await staff.GetByteArrayAsync(new Uri("/staff/sections/nosei/workbooks/2021/download", UriKind.Relative));
            var bomb = WithHugeCell(workbook, EntryWorkbookLayout.ValuesSheet, 960 * MiB);
            Assert.InRange(bomb.Length, 1, EntryWorkbookImporter.MaxFileBytes); // it passes the file-size check

            // A normal upload first, so what the upload path needs is loaded before the idle figure is taken.
            using (var warm = await TestWorkbook.UploadAsync(staff, "nosei", 2021, workbook))
            {
                Assert.Equal(HttpStatusCode.Redirect, warm.StatusCode);
            }

            var idle = ProcessMemory.Resident(portal.App.ProcessId);
            ProcessMemory.ResetPeak(portal.App.ProcessId);
            var clock = Stopwatch.StartNew();
            using var upload = await TestWorkbook.UploadAsync(staff, "nosei", 2021, bomb);
            clock.Stop();
            var peak = ProcessMemory.Peak(portal.App.ProcessId);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
            Assert.Contains("ワークブックの中身が大きすぎるため、読み取りませんでした。", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refused after {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.True(peak - idle < 100 * MiB, $"memory rose by {(peak - idle) / MiB} MiB (idle {idle / MiB} MiB, peak {peak / MiB} MiB)");
        }
    }

    [Theory]
    [InlineData("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{40000}</t></is></c></row>", "1つのセルの文字数が多すぎます")]
    [InlineData("<row r=\"2\"><c r=\"ZZ2\"><v>1</v></c></row>", "行または列が多すぎます")]
    [InlineData("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>", "行または列が多すぎます")]
    [InlineData("{rows}", "行または列が多すぎます")]
    public void Cell_length_row_count_and_cell_position_are_checked_while_streaming(string rows, string message)
    {
        var many = string.Concat(Enumerable.Range(2, 2100).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\"><v>1</v></c></row>"));
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + rows.Replace("{40000}", new string('A', 40_000), StringComparison.Ordinal).Replace("{rows}", many, StringComparison.Ordinal)
            + "</sheetData></worksheet>";
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(sheet);
        }

        Assert.StartsWith(message, WorkbookPackage.Check(stream.ToArray()), StringComparison.Ordinal);
    }

    /// <summary>The workbook with one more row on <paramref name="sheetName"/>: a single inline string cell of <paramref name="size"/> "A"s.</summary>
    private static byte[] WithHugeCell(byte[] workbook, string sheetName, long size)
    {
        using var source = new ZipArchive(new MemoryStream(workbook));
        var target = SheetPart(source, sheetName);
        using var output = new MemoryStream();
        using (var bomb = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = bomb.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (entry.FullName != target)
                {
                    from.CopyTo(to);
                    continue;
                }

                var xml = new StreamReader(from).ReadToEnd();
                var end = SheetDataEnd().Match(xml);
                var p = end.Groups["prefix"].Value;
                to.Write(Encoding.UTF8.GetBytes(xml[..end.Index] + $"<{p}row r=\"90\"><{p}c r=\"E90\" t=\"inlineStr\"><{p}is><{p}t>"));
                var chunk = Encoding.ASCII.GetBytes(new string('A', (int)MiB));
                for (long written = 0; written < size; written += chunk.Length)
                {
                    to.Write(chunk);
                }

                to.Write(Encoding.UTF8.GetBytes($"</{p}t></{p}is></{p}c></{p}row>" + xml[end.Index..]));
            }
        }

        return output.ToArray();
    }

    private static string SheetPart(ZipArchive zip, string sheetName)
    {
        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var id = Load("xl/workbook.xml").Descendants().Single(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == sheetName)
            .Attributes().Single(a => a.Name.LocalName == "id").Value;
        var target = (string)Load("xl/_rels/workbook.xml.rels").Descendants().Single(e => e.Name.LocalName == "Relationship" && (string?)e.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    [GeneratedRegex("</(?<prefix>\\w+:)?sheetData>")]
    private static partial Regex SheetDataEnd();
}

/// <summary>What a process holds in memory, from /proc: resident now, and the peak since the last reset.</summary>
internal static class ProcessMemory
{
    public static long Resident(int pid) => Kilobytes(pid, "VmRSS:") * 1024;

    public static long Peak(int pid) => Kilobytes(pid, "VmHWM:") * 1024;

    /// <summary>Sets the peak (VmHWM) back to the present resident size (Linux: 5 written to clear_refs).</summary>
    public static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    private static long Kilobytes(int pid, string field) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
