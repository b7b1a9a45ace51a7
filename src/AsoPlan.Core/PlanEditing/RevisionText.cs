using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.PlanEditing;

/// <summary>How a revision note reads on the public page: 「令和8年度に目標値を変更（…）: 理由」.</summary>
public static class RevisionText
{
    public static string Format(int fiscalYear, string summary, string? detail, string reason)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(reason);
        var what = string.IsNullOrEmpty(detail) ? summary : $"{summary}（{detail}）";
        return $"{new FiscalYear(fiscalYear).ToWareki()}に{what}: {reason}";
    }
}
