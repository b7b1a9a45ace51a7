namespace AsoPlan.Core.Budget;

/// <summary>
/// A project's year as one approval published it, with the 単価 of the year and the cost computed from it then
/// (<see cref="ProjectCost"/>): a later change of the entry or the rate never rewrites what was published.
/// </summary>
public class PublishedProject : ProjectYear
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public Publication.Publication? Publication { get; set; }


    /// <summary>単価 (千円 per 人工) used; null when the year had none at the approval.</summary>
    public decimal? UnitCost { get; set; }

    /// <summary>人件費 = 人工 × 単価.</summary>
    public decimal? PersonnelCost { get; set; }

    /// <summary>トータルコスト = 決算額 + 人件費.</summary>
    public decimal? TotalCost { get; set; }

    /// <summary>The published copy of <paramref name="entered"/>, costed with <paramref name="unitCost"/>.</summary>
    public static PublishedProject Of(ProjectRecord entered, decimal? unitCost)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var published = new PublishedProject { ProjectId = entered.ProjectId, UnitCost = unitCost };
        entered.CopyTo(published);
        published.PersonnelCost = ProjectCost.Personnel(entered.StaffEffort, unitCost);
        published.TotalCost = ProjectCost.Total(entered.Settlement, published.PersonnelCost);
        return published;
    }
}
