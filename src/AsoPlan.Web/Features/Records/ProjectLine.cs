using AsoPlan.Core.Budget;
using AsoPlan.Core.Plan;

namespace AsoPlan.Web.Features.Records;

/// <summary>A project of the record's measure with its stored year and the cost Core computes from it.</summary>
public sealed record ProjectLine(
    int Id,
    string Code,
    string Name,
    string InitiativeName,
    string? SectionName,
    string? BudgetCode,
    ProjectRecord? Stored,
    decimal? Personnel,
    decimal? Total)
{
    public static ProjectLine Of(Project project, ProjectRecord? stored, decimal? unitCost)
    {
        ArgumentNullException.ThrowIfNull(project);
        var personnel = ProjectCost.Personnel(stored?.StaffEffort, unitCost);
        return new ProjectLine(
            project.Id,
            project.Code,
            project.Name,
            project.Initiative?.Name ?? string.Empty,
            project.OwnerSection?.Name,
            project.BudgetCode,
            stored,
            personnel,
            ProjectCost.Total(stored?.Settlement, personnel));
    }

    /// <summary>A stored year as one line of words, or null when nothing is entered.</summary>
    public string? Summary => Stored is null ? null : ProjectText.Describe(ProjectForms.Entry(Stored, Name));
}
