using AsoPlan.Core.Accounts;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Accounts;

/// <summary>The roles as the account pages name them, and who may change the plan.</summary>
public class RolesTests
{
    [Theory]
    [InlineData(Roles.Admin, "管理者")]
    [InlineData(Roles.PlanningOffice, "企画担当（政策防災課）")]
    [InlineData(Roles.SectionStaff, "課の担当者")]
    [InlineData("Auditor", "Auditor")] // an unknown role keeps its name rather than vanishing
    public void Each_role_has_its_Japanese_name(string role, string japanese)
    {
        Assert.Equal(japanese, Roles.Japanese(role));
    }

    [Fact]
    public void The_plan_is_edited_by_the_administrator_or_the_planning_office_in_the_current_period_only()
    {
        WorkflowActor Actor(params string[] roles) => new(roles.ToHashSet(), null, "someone@example.jp");

        Assert.True(PlanPermissions.CanEdit(Actor(Roles.Admin), currentPeriod: true));
        Assert.True(PlanPermissions.CanEdit(Actor(Roles.PlanningOffice), currentPeriod: true));
        Assert.False(PlanPermissions.CanEdit(Actor(Roles.Admin, Roles.PlanningOffice), currentPeriod: false));
        Assert.False(PlanPermissions.CanEdit(Actor(Roles.SectionStaff), currentPeriod: true));
        Assert.False(PlanPermissions.CanEdit(Actor(), currentPeriod: true));
    }
}
