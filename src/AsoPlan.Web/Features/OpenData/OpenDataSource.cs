using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.OpenData;

public static class OpenDataSource
{
    /// <summary>The attribution users of the open data are asked to give, e.g. 第2次阿蘇市総合計画 後期基本計画（阿蘇市）.</summary>
    public static string Name(PortalPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{period.PlanName} {period.Name}（阿蘇市）";
    }
}
