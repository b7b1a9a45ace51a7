using System.Globalization;
using System.Text.RegularExpressions;
using static AsoPlan.Web.Features.Workbooks.EntryWorkbookLayout;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>What the 表紙 says: the layout, section and year, and the record version of each measure the workbook holds.</summary>
public sealed partial record WorkbookCover(string? FormName, string? SectionCode, string? SectionName, string? Year, IReadOnlyList<CoverVersion> Versions)
{
    public static WorkbookCover Read(IReadOnlyList<SheetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = rows.Skip(1).Select(r => (Row: r, Item: r.Text(CoverItemColumn)?.Trim(), Content: r.Text(CoverContentColumn)?.Trim())).ToList();
        string? Item(string name) => items.FirstOrDefault(i => i.Item == name).Content;
        var versions = items
            .Select(i => (i.Row, i.Content, Match: VersionPattern().Match(i.Item ?? string.Empty)))
            .Where(x => x.Match.Success)
            .Select(x => new CoverVersion(x.Row.Number, int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Content))
            .ToList();
        return new WorkbookCover(Item(FormItem), Item(SectionCodeItem), Item(SectionItem), Item(YearItem), versions);
    }

    [GeneratedRegex(@"^実施施策([0-9]{1,4})の記録の版$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}

/// <summary>A measure listed on the 表紙 with the version of its record when the workbook was made (blank: not yet created).</summary>
public sealed record CoverVersion(int Row, int MeasureNumber, string? Version);
