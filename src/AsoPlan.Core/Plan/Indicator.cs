namespace AsoPlan.Core.Plan;

/// <summary>
/// An outcome indicator (成果指標) series. A source row with two series
/// (e.g. 年間宿泊者数(うち年間外国人宿泊者数)) becomes two indicators sharing a <see cref="RowName"/>.
/// </summary>
public class Indicator : Search.ISearchable
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    /// <summary>Natural key <c>M{measure:00}-I{series:00}</c>, e.g. <c>M04-I03</c>; the two series of one row get consecutive numbers.</summary>
    public required string Code { get; set; }

    public int SortOrder { get; set; }

    /// <summary>成果指標名 exactly as the source row prints it.</summary>
    public required string RowName { get; set; }

    /// <summary>The series' own name (equal to <see cref="RowName"/> for single-series rows).</summary>
    public required string Name { get; set; }

    public required string Unit { get; set; }

    /// <summary>Decimals the source uses (98.30% has 2).</summary>
    public int Decimals { get; set; }

    public int? BaselineFiscalYear { get; set; }

    public decimal? BaselineValue { get; set; }

    /// <summary>The baseline cell as printed for this series, e.g. <c>922 g</c> or <c>-</c>.</summary>
    public required string BaselineText { get; set; }

    public string? BaselineNote { get; set; }

    public int TargetFiscalYear { get; set; }

    /// <summary>Absolute target; null when the target is relative to the baseline.</summary>
    public decimal? TargetValue { get; set; }

    /// <summary>For relative targets such as 10%向上: the percentage of the baseline to gain.</summary>
    public decimal? TargetRelativePercent { get; set; }

    /// <summary>The target cell as printed for this series, e.g. <c>10%向上</c>.</summary>
    public required string TargetText { get; set; }

    public IndicatorDirection Direction { get; set; }

    /// <summary>Why the direction reads as it does, where that is not obvious from the numbers.</summary>
    public string? DirectionReason { get; set; }

    /// <summary>A footnote the source prints under the table for this row.</summary>
    public string? Footnote { get; set; }

    /// <summary>
    /// The first fiscal year in which the indicator is no longer measured (廃止); null while it is in use.
    /// A retired indicator keeps its earlier actuals and stays visible, but leaves the entry forms and
    /// the progress counts from this year on.
    /// </summary>
    public int? RetiredFromFiscalYear { get; set; }

    /// <summary>Optional targets for years before the target year; see <see cref="IndicatorYearTarget"/>.</summary>
    public List<IndicatorYearTarget> YearTargets { get; set; } = [];

    /// <summary>Whether the indicator is measured in <paramref name="fiscalYear"/> (not retired by then).</summary>
    public bool IsActiveIn(int fiscalYear) => RetiredFromFiscalYear is not { } retired || fiscalYear < retired;

    /// <summary>The folded search fields (<see cref="Search.ISearchable"/>); kept up to date by the context.</summary>
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchFields() => [Name, RowName];
}
