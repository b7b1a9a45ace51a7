using AsoPlan.Core.Plan;
using AsoPlan.Core.Publication;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Records;

/// <summary>A published value of the previous fiscal year, as read from its current publication.</summary>
public sealed record LastYearValue(int IndicatorId, decimal? Value, ValueStatus Status, string? NotAvailableReason);

/// <summary>
/// Beside each input of the entry form: what the city approved for the indicator the year before, so staff can
/// compare what they type with it (「前年度（令和3年度）の承認値: 427.3km」, or that none was approved).
/// </summary>
public sealed record LastYearLine(int FiscalYear, decimal? Value, string Text)
{
    public static LastYearLine Of(int fiscalYear, LastYearValue? published, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var year = ValueFormat.Wareki(fiscalYear);
        var text = published switch
        {
            null => $"前年度（{year}）の承認値: なし（承認された記録がありません）",
            { Value: { } value } => $"前年度（{year}）の承認値: {EntryFormat.Display(value, indicator.Decimals, indicator.Unit)}"
                + (published.Status == ValueStatus.Preliminary ? "（速報値）" : string.Empty),
            _ => $"前年度（{year}）の承認値: 未確定（{published.NotAvailableReason}）",
        };
        return new LastYearLine(fiscalYear, published?.Value, text);
    }

    /// <summary>A difference in the indicator's decimals, signed, with its unit; 「前年度と同じ」 when there is none.</summary>
    public static string Change(decimal difference, int decimals, string unit)
    {
        var rounded = Math.Round(difference, Math.Max(decimals, 0), MidpointRounding.AwayFromZero);
        return rounded == 0 ? "前年度と同じ"
            : $"前年度から {(rounded > 0 ? "+" : "−")}{ValueFormat.WithUnit(Math.Abs(rounded), decimals, unit)}";
    }
}
