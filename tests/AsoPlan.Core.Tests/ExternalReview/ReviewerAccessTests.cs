using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.ExternalReview;

public class ReviewerAccessTests
{
    private const int R3 = 2021;
    private const int R4 = 2022;
    private const int Kensetsu = 7;

    private static readonly DateOnly LastDay = new(2027, 3, 31);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly WorkflowActor Reviewer = new(new HashSet<string> { Roles.Reviewer }, null, "iin@example.jp");
    private static readonly RoundStatus OpenR3 = new(R3, true, null, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData(RecordState.Submitted, true)]
    [InlineData(RecordState.Approved, true)]
    [InlineData(RecordState.Draft, false)]
    [InlineData(RecordState.Returned, false)]
    [InlineData(null, false)]
    public void A_reviewer_reads_the_year_under_review_submitted_or_approved_only(RecordState? state, bool expected)
    {
        Assert.Equal(expected, ReviewerAccess.CanReadRecord(Reviewer, LastDay, Now, R3, R3, state));
    }

    [Fact]
    public void A_reviewer_reads_no_other_year_even_approved()
    {
        Assert.False(ReviewerAccess.CanReadRecord(Reviewer, LastDay, Now, R3, R4, RecordState.Approved));
        Assert.False(ReviewerAccess.CanReadRecord(Reviewer, LastDay, Now, yearUnderReview: null, R3, RecordState.Approved));
    }

    [Fact]
    public void Access_ends_after_its_last_day_in_Japan_and_never_starts_without_one()
    {
        Assert.True(ReviewerAccess.IsActive(LastDay, new DateTimeOffset(2027, 3, 31, 23, 59, 0, TimeSpan.FromHours(9))));
        Assert.False(ReviewerAccess.IsActive(LastDay, new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero)));
        Assert.False(ReviewerAccess.IsActive(null, Now));
        Assert.False(ReviewerAccess.CanReadRecord(Reviewer, new DateOnly(2026, 12, 6), Now, R3, R3, RecordState.Approved));
        Assert.False(ReviewerAccess.CanRecordFinding(Reviewer, null, Now, OpenR3, R3));
    }

    [Fact]
    public void Other_roles_do_not_read_as_a_reviewer()
    {
        var office = new WorkflowActor(new HashSet<string> { Roles.PlanningOffice, Roles.Admin }, null, "kikaku@example.jp");

        Assert.False(ReviewerAccess.CanReadRecord(office, LastDay, Now, R3, R3, RecordState.Approved));
        Assert.False(ReviewerAccess.CanRecordFinding(office, LastDay, Now, OpenR3, R3));
    }

    [Fact]
    public void Findings_are_recorded_only_while_that_years_round_is_open()
    {
        Assert.True(ReviewerAccess.CanRecordFinding(Reviewer, LastDay, Now, OpenR3, R3));
        Assert.False(ReviewerAccess.CanRecordFinding(Reviewer, LastDay, Now, OpenR3 with { IsOpen = false }, R3));
        Assert.False(ReviewerAccess.CanRecordFinding(Reviewer, LastDay, Now, OpenR3, R4));
        Assert.False(ReviewerAccess.CanRecordFinding(Reviewer, LastDay, Now, round: null, R3));
    }

    [Fact]
    public void A_reviewer_changes_nothing_else_records_plan_or_opinions()
    {
        Assert.False(RecordPermissions.CanRead(Reviewer, Kensetsu));
        Assert.False(RecordPermissions.CanEdit(Reviewer, Kensetsu, RecordState.Draft, windowOpen: true));
        Assert.False(RecordPermissions.CanReview(Reviewer, RecordState.Submitted, new HashSet<string>()));
        Assert.False(RecordPermissions.CanReopen(Reviewer, RecordState.Approved));
        Assert.False(RecordPermissions.CanReadHistory(Reviewer));
        Assert.False(RecordPermissions.CanManageEntryWindows(Reviewer));
        Assert.False(PlanPermissions.CanEdit(Reviewer, currentPeriod: true));
        Assert.False(OpinionPermissions.CanRead(Reviewer, Kensetsu));
        Assert.False(ReviewerAccess.CanManageReview(Reviewer));
    }

    [Fact]
    public void A_reviewer_reads_their_own_findings_and_the_planning_office_everyones()
    {
        var office = new WorkflowActor(new HashSet<string> { Roles.PlanningOffice }, null, "kikaku@example.jp");

        Assert.True(ReviewerAccess.CanReadFinding(Reviewer, "IIN@example.jp"));
        Assert.False(ReviewerAccess.CanReadFinding(Reviewer, "other@example.jp"));
        Assert.True(ReviewerAccess.CanReadFinding(office, "other@example.jp"));
        Assert.True(ReviewerAccess.CanManageReview(office));
    }

    [Fact]
    public void The_reviewer_role_has_its_Japanese_name()
    {
        Assert.Equal("外部評価委員", Roles.Japanese(Roles.Reviewer));
        Assert.True(Reviewer.IsReviewer);
    }
}
