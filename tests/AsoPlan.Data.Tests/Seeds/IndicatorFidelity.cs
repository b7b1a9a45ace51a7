using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Every ◆目指す指標 row of the source against the indicators of plan.json.</summary>
internal static class IndicatorFidelity
{
    public static void Compare(PlanSeed plan, SourceDocument source, Differences differences)
    {
        var measures = plan.Period.Policies.SelectMany(p => p.Measures).ToLookup(m => m.Number);
        foreach (var sourceMeasure in source.Measures)
        {
            foreach (var measure in measures[sourceMeasure.Number])
            {
                CompareTable(measure, sourceMeasure.Indicators, differences);
            }
        }
    }

    private static void CompareTable(MeasureSeed measure, SourceIndicatorTable? table, Differences differences)
    {
        var rows = RowsOf(measure.Indicators);
        if (table is null)
        {
            differences.Value($"実施施策{measure.Number} indicators (the source has no table)", measure.Indicators.Count, 0);
            return;
        }

        differences.Sequence($"実施施策{measure.Number} indicator rows", rows.Select(r => r.RowName), table.Rows.Select(r => r.Name));
        foreach (var row in table.Rows)
        {
            var seedRow = rows.FindIndex(r => r.RowName == row.Name);
            if (seedRow >= 0)
            {
                CompareRow(table, row, rows[seedRow].Series, differences);
            }
        }
    }

    private static void CompareRow(SourceIndicatorTable table, SourceIndicatorRow row, List<IndicatorSeed> series, Differences differences)
    {
        var baselines = IndicatorCell.SplitSeries(row.Baseline);
        var targets = IndicatorCell.SplitSeries(row.Target);
        if (baselines.Count != targets.Count)
        {
            throw new FormatException($"source row '{row.Name}': {baselines.Count} baselines but {targets.Count} targets");
        }

        differences.Value($"'{row.Name}' series", series.Count, targets.Count);
        for (var i = 0; i < Math.Min(series.Count, targets.Count); i++)
        {
            CompareSeries(table, baselines[i], targets[i], series[i], differences);
        }

        if (series.Count == 1)
        {
            differences.Value($"{series[0].Code} name", series[0].Name, row.Name);
        }
        else if (series.Select(s => s.Name).Distinct().Count() != series.Count || series.Any(s => s.Name.Length == 0 || !row.Name.Contains(s.Name, StringComparison.Ordinal)))
        {
            differences.Add($"'{row.Name}': each series needs its own name taken from the row name");
        }
    }

    private static void CompareSeries(SourceIndicatorTable table, string baselineCell, string targetCell, IndicatorSeed seed, Differences differences)
    {
        var baseline = IndicatorCell.Read(baselineCell);
        var target = IndicatorCell.Read(targetCell);
        var code = seed.Code;
        var printedBaseline = seed.Baseline.Note is { } note ? $"{seed.Baseline.Text} {note}" : seed.Baseline.Text;
        differences.Value($"{code} baseline as printed", printedBaseline, baselineCell);
        differences.Value($"{code} baseline value", seed.Baseline.Value, baseline.Value);
        differences.Value($"{code} target as printed", seed.Target.Text, targetCell);
        differences.Value($"{code} target value", seed.Target.Value, target.Value);
        differences.Value($"{code} relative target %", seed.Target.RelativePercent, target.RelativePercent);
        differences.Value($"{code} target year", seed.Target.FiscalYear, table.TargetFiscalYear);
        differences.Value($"{code} unit", seed.Unit, target.Unit ?? baseline.Unit);
        if (baseline.Unit is not null && target.Unit is not null)
        {
            differences.Value($"{code} unit of baseline", seed.Unit, baseline.Unit);
        }

        differences.Value($"{code} decimals", seed.Decimals, Math.Max(baseline.Decimals, target.Decimals));

        var marked = baselineCell.Contains("(※)", StringComparison.Ordinal);
        var footnote = marked ? table.Footnotes.Single(f => f.StartsWith("(※)", StringComparison.Ordinal)) : null;
        differences.Value($"{code} footnote", seed.Footnote, footnote);
        var baselineYear = baseline.Value is null ? (int?)null
            : footnote is not null ? Wareki.BaselineYearInNote(footnote) ?? table.BaselineFiscalYear
            : table.BaselineFiscalYear;
        differences.Value($"{code} baseline year", seed.Baseline.FiscalYear, baselineYear);
    }

    private static List<(string RowName, List<IndicatorSeed> Series)> RowsOf(IEnumerable<IndicatorSeed> indicators)
    {
        var rows = new List<(string RowName, List<IndicatorSeed> Series)>();
        foreach (var indicator in indicators)
        {
            if (rows.Count > 0 && rows[^1].RowName == indicator.RowName)
            {
                rows[^1].Series.Add(indicator);
            }
            else
            {
                rows.Add((indicator.RowName, [indicator]));
            }
        }

        return rows;
    }
}
