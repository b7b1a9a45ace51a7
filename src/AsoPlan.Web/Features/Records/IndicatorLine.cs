using AsoPlan.Core.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Records;

/// <summary>An indicator on a record page: its plan values, the stored actual and, when there is one, its 達成度.</summary>
public sealed record IndicatorLine(
    int Id,
    string Code,
    string Name,
    string Unit,
    int Decimals,
    string Baseline,
    string Target,
    decimal? StoredValue,
    string? NotAvailableReason,
    string? MeasurementNote,
    Achievement? Achievement)
{
    /// <summary>The stored actual as shown: the number in the indicator's decimals with its unit, 未確定, or null when nothing is entered.</summary>
    public string? ActualText => StoredValue is { } value ? Format(value) + (Preliminary ? "（速報値）" : string.Empty) : NotAvailableReason is not null ? "未確定" : null;

    /// <summary>The stored value is a 速報値.</summary>
    public bool Preliminary { get; init; }

    /// <summary>The previous fiscal year's approved (published) value, shown beside the input.</summary>
    public LastYearLine? LastYear { get; init; }

    /// <summary>The stored value against last year's approved one: 「前年度から +0.2km」, 「前年度と同じ」; null when either is missing.</summary>
    public string? ChangeFromLastYear => StoredValue is { } now && LastYear?.Value is { } then ? LastYearLine.Change(now - then, Decimals, Unit) : null;

    public string Format(decimal value) => EntryFormat.Display(value, Decimals, Unit);

    /// <summary>An example in the indicator's own format, e.g. 1,234 or 98.30.</summary>
    public string Placeholder => Decimals == 0 ? "例: 1,234" : "例: " + 12.3456m.ToString("F" + Decimals, System.Globalization.CultureInfo.InvariantCulture);
}
