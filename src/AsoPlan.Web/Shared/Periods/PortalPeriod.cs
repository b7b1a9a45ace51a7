using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Shared.Periods;

/// <summary>A plan period (基本計画) as the public pages name and filter by it.</summary>
public sealed record PortalPeriod(int Id, int PlanId, string PlanName, string Code, string Name, int StartFiscalYear, int EndFiscalYear, int BaselineFiscalYear, bool IsCurrent)
{
    /// <summary>The fiscal years whose actuals are reported (R3–R6 for 後期基本計画).</summary>
    public IReadOnlyList<int> Years => [.. Enumerable.Range(StartFiscalYear, EndFiscalYear - StartFiscalYear + 1)];

    /// <summary>The planning office's closing and reopening, as stored.</summary>
    public Core.Periods.PeriodClosure Closure { get; init; } = new(null, null);

    /// <summary>Finished (閉じた計画期間): its pages say so and link its final review (総括).</summary>
    public bool IsClosed { get; init; }

    /// <summary>The final review's address.</summary>
    public string ReviewPath => $"/periods/{Uri.EscapeDataString(Code)}/review";

    /// <summary>e.g. 後期基本計画（令和3年度〜令和6年度）.</summary>
    public string Label => $"{Name}（{ValueFormat.Wareki(StartFiscalYear)}〜{ValueFormat.Wareki(EndFiscalYear)}）";
}

/// <summary>
/// The period a public request reads (the current one unless <c>?period=</c> names another) and every
/// period there is, for the switcher.
/// </summary>
public sealed record PeriodChoice(PortalPeriod Selected, IReadOnlyList<PortalPeriod> All)
{
    public const string QueryKey = "period";

    /// <summary>The value links carry as <c>?period=</c>; null for the current period, which is the default.</summary>
    public string? LinkCode => Selected.IsCurrent ? null : Selected.Code;

    /// <summary>The switcher is shown only when there is something to switch to.</summary>
    public bool CanSwitch => All.Count > 1;
}
