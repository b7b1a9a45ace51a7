namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>The plan loading page: the periods in the database and, after a refused upload, why.</summary>
public sealed record PlanAdminPage(IReadOnlyList<PlanPeriodRow> Periods, IReadOnlyList<string> Problems, string? FileName);

public sealed record PlanPeriodRow(string PlanName, string Code, string Name, int StartFiscalYear, int EndFiscalYear, bool IsCurrent, int Measures, int Indicators)
{
    /// <summary>Finished (計画期間の終了): its final review is public.</summary>
    public bool IsClosed { get; init; }
}
