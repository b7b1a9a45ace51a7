using System.Text;
using AsoPlan.Web.Formatting;
using AsoPlan.Web.Models.Progress;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace AsoPlan.Web.Services.Progress;

/// <summary>The report's lines as one CSV (all policies, with a 政策 column): UTF-8 with BOM so Excel in Japan reads it.</summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string PolicyHeader = "政策";

    public static string FileName(int year) => $"施策評価_{ValueFormat.Wareki(year)}.csv";

    public static async Task<byte[]> WriteAsync(EvaluationReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Policies.SelectMany(policy => ReportWorkbook.Rows(policy.Measures.SelectMany(m => m.Lines)).Select(row =>
        {
            var withPolicy = new Dictionary<string, object?> { [PolicyHeader] = policy.Label };
            foreach (var (key, value) in row)
            {
                withPolicy[key] = value;
            }

            return withPolicy;
        })).ToList();
        var configuration = new CsvConfiguration
        {
            StreamWriterFunc = stream => new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)),
            NewLine = "\r\n",
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, excelType: ExcelType.CSV, configuration: configuration, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
