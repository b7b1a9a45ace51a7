using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class RecordPermissionsTests
{
    private const int Nosei = 3;
    private const int Kanko = 4;

    private static readonly IReadOnlySet<string> NoEditors = new HashSet<string>();

    private static WorkflowActor Actor(int? section, params string[] roles) => new(roles.ToHashSet(), section, "someone@example.jp");

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
    public void A_record_reopened_for_correction_is_edited_by_its_section_whatever_the_entry_window()
    {
        var staff = Actor(Nosei, Roles.SectionStaff);

        Assert.True(RecordPermissions.CanEdit(staff, Nosei, RecordState.Returned, windowOpen: false, correcting: true));
        Assert.False(RecordPermissions.CanEdit(staff, Nosei, RecordState.Returned, windowOpen: false, correcting: false));
        Assert.False(RecordPermissions.CanEdit(staff, Kanko, RecordState.Returned, windowOpen: false, correcting: true));
        Assert.False(RecordPermissions.CanEdit(staff, Nosei, RecordState.Submitted, windowOpen: false, correcting: true));
        Assert.False(RecordPermissions.CanEdit(Actor(null, Roles.PlanningOffice), Nosei, RecordState.Returned, windowOpen: true, correcting: true));
    }

    [Fact]
    public void Every_permission_refuses_a_missing_actor()
    {
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanRead(null!, Nosei));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanEdit(null!, Nosei, null, windowOpen: true));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanReopen(null!, RecordState.Approved));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanRequestCorrection(null!, Nosei, RecordState.Approved, requestPending: false));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanDeclineCorrection(null!, RecordState.Approved, requestPending: true));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanUseSectionWorkbook(null!, Nosei));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanReview(null!, RecordState.Submitted, NoEditors));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanReadHistory(null!));
        Assert.Throws<ArgumentNullException>(() => RecordPermissions.CanManageEntryWindows(null!));
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
        Assert.False(RecordPermissions.CanReview(staff, RecordState.Submitted, NoEditors));
        Assert.False(RecordPermissions.CanReadHistory(staff));
    }

    [Fact]
    public void Planning_office_reviews_submitted_records_of_every_section_but_does_not_enter_them()
    {
        var planning = Actor(null, Roles.PlanningOffice);

        Assert.True(RecordPermissions.CanRead(planning, Kanko));
        Assert.True(RecordPermissions.CanReview(planning, RecordState.Submitted, NoEditors));
        Assert.False(RecordPermissions.CanReview(planning, RecordState.Approved, NoEditors));
        Assert.False(RecordPermissions.CanEdit(planning, Kanko, RecordState.Draft, windowOpen: true));
        Assert.True(RecordPermissions.CanManageEntryWindows(planning));
        Assert.True(RecordPermissions.CanReadHistory(planning));
    }

    [Fact]
    public void Admin_reads_history_but_approves_only_when_also_planning_office()
    {
        var admin = Actor(null, Roles.Admin);
        var both = Actor(null, Roles.Admin, Roles.PlanningOffice);

        Assert.True(RecordPermissions.CanReadHistory(admin));
        Assert.False(RecordPermissions.CanRead(admin, Kanko)); // accounts, not records
        Assert.False(RecordPermissions.CanReview(admin, RecordState.Submitted, NoEditors));
        Assert.False(RecordPermissions.CanManageEntryWindows(admin));
        Assert.True(RecordPermissions.CanReview(both, RecordState.Submitted, NoEditors));
    }

    [Fact]
    public void Nobody_reviews_a_version_they_wrote_whatever_roles_they_hold()
    {
        var both = new WorkflowActor(new HashSet<string> { Roles.PlanningOffice, Roles.SectionStaff }, Nosei, "Tanaka@Example.jp");
        var colleague = new WorkflowActor(new HashSet<string> { Roles.PlanningOffice }, null, "suzuki@example.jp");
        var editors = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "tanaka@example.jp" };

        Assert.False(RecordPermissions.CanReview(both, RecordState.Submitted, editors));
        Assert.True(RecordPermissions.CanReview(colleague, RecordState.Submitted, editors));
        Assert.True(RecordPermissions.CanReview(both, RecordState.Submitted, NoEditors));
        Assert.True(SeparationOfDuties.WroteVersion(both, editors));
        Assert.False(SeparationOfDuties.WroteVersion(colleague, editors));
        Assert.False(SeparationOfDuties.WroteVersion(new WorkflowActor(new HashSet<string> { Roles.PlanningOffice }, null), editors)); // no name: wrote nothing
    }

    [Fact]
    public void Corrections_reopen_request_and_decline_each_belong_to_one_side()
    {
        var staff = Actor(Nosei, Roles.SectionStaff);
        var planning = Actor(null, Roles.PlanningOffice);

        // the section asks, once until it is answered, for its own approved record only
        Assert.True(RecordPermissions.CanRequestCorrection(staff, Nosei, RecordState.Approved, requestPending: false));
        Assert.False(RecordPermissions.CanRequestCorrection(staff, Nosei, RecordState.Approved, requestPending: true));
        Assert.False(RecordPermissions.CanRequestCorrection(staff, Kanko, RecordState.Approved, requestPending: false));
        Assert.False(RecordPermissions.CanRequestCorrection(staff, Nosei, RecordState.Submitted, requestPending: false));
        Assert.False(RecordPermissions.CanRequestCorrection(planning, Nosei, RecordState.Approved, requestPending: false));

        // the planning office reopens an approved record, asked or not
        Assert.True(RecordPermissions.CanReopen(planning, RecordState.Approved));
        Assert.False(RecordPermissions.CanReopen(planning, RecordState.Returned));
        Assert.False(RecordPermissions.CanReopen(staff, RecordState.Approved));

        // and declines only a pending request
        Assert.True(RecordPermissions.CanDeclineCorrection(planning, RecordState.Approved, requestPending: true));
        Assert.False(RecordPermissions.CanDeclineCorrection(planning, RecordState.Approved, requestPending: false));
        Assert.False(RecordPermissions.CanDeclineCorrection(planning, RecordState.Returned, requestPending: true));
        Assert.False(RecordPermissions.CanDeclineCorrection(staff, RecordState.Approved, requestPending: true));
    }

    [Fact]
    public void The_editors_are_whoever_saved_submitted_or_asked_for_a_correction_since_the_last_approval()
    {
        var editors = SeparationOfDuties.Editors(
        [
            (RecordActions.Save, "first@example.jp"),
            (RecordActions.Submit, "first@example.jp"),
            (RecordActions.Approve, "planner@example.jp"),
            (RecordActions.RequestCorrection, "requester@example.jp"),
            (RecordActions.Reopen, "planner@example.jp"),
            (RecordActions.Save, "fixer@example.jp"),
            (RecordActions.Return, "planner2@example.jp"),
            (RecordActions.Submit, "Second@example.jp"),
        ]);

        Assert.Equal(["fixer@example.jp", "requester@example.jp", "second@example.jp"], editors.Select(e => e.ToLowerInvariant()).Order());
        Assert.Contains("SECOND@example.jp", editors); // user names compare without case
        Assert.DoesNotContain("first@example.jp", editors);
        Assert.DoesNotContain("planner@example.jp", editors);
        Assert.Empty(SeparationOfDuties.Editors([]));
        Assert.Empty(SeparationOfDuties.Editors([(RecordActions.Submit, "a@example.jp"), (RecordActions.Approve, "b@example.jp")]));
    }
}
