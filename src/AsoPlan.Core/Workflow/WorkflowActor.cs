namespace AsoPlan.Core.Workflow;

/// <summary>Who is acting, as far as the workflow cares: their roles, for staff their section, and their user name (separation of duties).</summary>
public sealed record WorkflowActor(IReadOnlySet<string> Roles, int? SectionId, string? UserName = null)
{
    public static WorkflowActor Anonymous { get; } = new(new HashSet<string>(), null);

    public bool IsStaffOf(int sectionId) => Roles.Contains(Accounts.Roles.SectionStaff) && SectionId == sectionId;

    public bool IsPlanningOffice => Roles.Contains(Accounts.Roles.PlanningOffice);

    public bool IsAdmin => Roles.Contains(Accounts.Roles.Admin);

    public bool IsReviewer => Roles.Contains(Accounts.Roles.Reviewer);
}
