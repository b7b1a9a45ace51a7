using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class RecordPermissionsTests
{
    private const int Nosei = 3;
    private const int Kanko = 4;

    private static WorkflowActor Actor(int? section, params string[] roles) => new(roles.ToHashSet(), section);

    [Fact]
    public void Staff_edit_their_own_section_in_an_open_window_only()
    {
        var staff = Actor(Nosei, Roles.SectionStaff);

        Assert.True(RecordPermissions.CanEdit(staff, Nosei, RecordState.Returned, windowOpen: true));
        Assert.False(RecordPermissions.CanEdit(staff, Kanko, RecordState.Draft, windowOpen: true));
        Assert.False(RecordPermissions.CanEdit(staff, Nosei, RecordState.Draft, windowOpen: false));
        Assert.False(RecordPermissions.CanEdit(staff, Nosei, RecordState.Submitted, windowOpen: true));
    }

    [Fact]
    public void A_sections_workbook_is_its_own_staffs_only()
    {
        Assert.True(RecordPermissions.CanUseSectionWorkbook(Actor(Nosei, Roles.SectionStaff), Nosei));
        Assert.False(RecordPermissions.CanUseSectionWorkbook(Actor(Nosei, Roles.SectionStaff), Kanko));
        Assert.False(RecordPermissions.CanUseSectionWorkbook(Actor(null, Roles.PlanningOffice, Roles.Admin), Nosei));
        Assert.False(RecordPermissions.CanUseSectionWorkbook(Actor(Nosei), Nosei));
    }

    [Fact]
    public void A_section_id_without_the_staff_role_grants_nothing()
    {
        var formerStaff = Actor(Nosei);

        Assert.False(RecordPermissions.CanRead(formerStaff, Nosei));
        Assert.False(RecordPermissions.CanEdit(formerStaff, Nosei, null, windowOpen: true));
    }

    [Fact]
    public void Staff_read_their_own_section_any_time_and_no_other()
    {
        var staff = Actor(Nosei, Roles.SectionStaff);

        Assert.True(RecordPermissions.CanRead(staff, Nosei));
        Assert.False(RecordPermissions.CanRead(staff, Kanko));
        Assert.False(RecordPermissions.CanReview(staff, RecordState.Submitted));
        Assert.False(RecordPermissions.CanReadHistory(staff));
    }

    [Fact]
    public void Planning_office_reviews_submitted_records_of_every_section_but_does_not_enter_them()
    {
        var planning = Actor(null, Roles.PlanningOffice);

        Assert.True(RecordPermissions.CanRead(planning, Kanko));
        Assert.True(RecordPermissions.CanReview(planning, RecordState.Submitted));
        Assert.False(RecordPermissions.CanReview(planning, RecordState.Approved));
        Assert.False(RecordPermissions.CanEdit(planning, Kanko, RecordState.Draft, windowOpen: true));
        Assert.True(RecordPermissions.CanManageEntryWindows(planning));
    }

    [Fact]
    public void Admin_reads_history_but_approves_only_when_also_planning_office()
    {
        var admin = Actor(null, Roles.Admin);
        var both = Actor(null, Roles.Admin, Roles.PlanningOffice);

        Assert.True(RecordPermissions.CanReadHistory(admin));
        Assert.False(RecordPermissions.CanReview(admin, RecordState.Submitted));
        Assert.False(RecordPermissions.CanManageEntryWindows(admin));
        Assert.True(RecordPermissions.CanReview(both, RecordState.Submitted));
    }
}
