using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The report's lines as one CSV (all policies, with a 政策 column), written by <see cref="CsvText"/>: UTF-8 with
/// BOM so Excel in Japan reads it, numbers as numbers, and no staff text that Excel would run as a formula.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string PolicyHeader = "政策";

    public static string FileName(int year) => $"施策評価_{ValueFormat.Wareki(year)}.csv";

    public static Task<byte[]> WriteAsync(EvaluationReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var records = report.Policies.SelectMany(policy => policy.Measures.SelectMany(m => m.Lines).Select(line =>
            ReportColumns.All.Select(c => CsvText.Field(c.Value(line))).Prepend(CsvText.Field(policy.Label))));
        return Task.FromResult(CsvText.Write(ReportColumns.All.Select(c => c.Header).Prepend(PolicyHeader), records));
    }
}
