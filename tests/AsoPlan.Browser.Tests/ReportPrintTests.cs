using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The yearly evaluation report as the planning office prints it: Chromium renders it to an A4 landscape PDF, and
/// laid out for print at the A4 landscape text width no table cell is squeezed (an indicator name must not stand
/// four characters to a line).
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class ReportPrintTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task The_report_prints_to_an_A4_landscape_PDF_with_no_squeezed_cell()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        try
        {
            await planning.GotoAsync(server.Url($"/planning/report?year={PublishedYear.Year}").ToString());
            await Assertions.Expect(planning.Locator(".report-table").First).ToBeVisibleAsync();

            var pdf = await planning.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = false });
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            // A4 landscape is 842 × 595 pt: the first page's media box says which way round the page is.
            var box = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0\s+0\s+(?<w>[0-9.]+)\s+(?<h>[0-9.]+)\s*\]");
            Assert.True(box.Success, "the PDF has no media box");
            var (width, height) = (double.Parse(box.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(box.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(width, 840, 843);
            Assert.InRange(height, 594, 596);

            // The same layout in the page: print styles at the A4 landscape text width (297 mm − 2 × 12 mm ≈ 1032 px).
            await planning.EmulateMediaAsync(new() { Media = Media.Print });
            await planning.SetViewportSizeAsync(1032, 700);
            var squeezed = await PageInspector.SqueezedCellsAsync(planning);
            var names = await planning.Locator(".report-table tbody th[scope=row]").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().width)");
            Assert.True(squeezed.Count == 0, string.Join('\n', squeezed));
            Assert.NotEmpty(names);
            // 8.5 pt type: at least ten characters of an indicator's name stand on a line.
            Assert.True(names.Min() >= 110, $"an indicator name is {names.Min():0} px wide in print");
            await File.WriteAllBytesAsync(Path.Combine(SuitePaths.Screenshots, "report-a4.pdf"), pdf);
        }
        finally
        {
            await planning.Context.CloseAsync();
        }
    }
}
