using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionPermissionsTests
{
    private const int Kensetsu = 7;
    private const int Kanko = 4;

    private static readonly IReadOnlySet<string> NoEditors = new HashSet<string>();

    private static WorkflowActor Actor(int? section, params string[] roles) => new(roles.ToHashSet(), section, "someone@example.jp");

    [Fact]
    public void The_planning_office_reads_every_opinion_and_a_section_only_those_assigned_to_it()
    {
        Assert.True(OpinionPermissions.CanRead(Actor(null, Roles.PlanningOffice), null));
        Assert.True(OpinionPermissions.CanRead(Actor(null, Roles.PlanningOffice), Kanko));
        Assert.True(OpinionPermissions.CanRead(Actor(Kensetsu, Roles.SectionStaff), Kensetsu));
        Assert.False(OpinionPermissions.CanRead(Actor(Kensetsu, Roles.SectionStaff), Kanko));
        Assert.False(OpinionPermissions.CanRead(Actor(Kensetsu, Roles.SectionStaff), null));
    }

    [Fact]
    public void Nobody_else_reads_an_opinion_before_it_is_public()
    {
        foreach (var outsider in new[] { WorkflowActor.Anonymous, Actor(null, Roles.Admin), Actor(null, Roles.Reviewer), Actor(Kensetsu) })
        {
            Assert.False(OpinionPermissions.CanRead(outsider, Kensetsu));
            Assert.False(OpinionPermissions.CanReadSenderName(outsider));
            Assert.False(OpinionPermissions.CanAssign(outsider, OpinionState.New));
            Assert.False(OpinionPermissions.CanDraftReply(outsider, Kensetsu, OpinionState.Assigned));
            Assert.False(OpinionPermissions.CanPublish(outsider, OpinionState.Replied, consentToPublish: true, NoEditors));
            Assert.False(OpinionPermissions.CanWithhold(outsider, OpinionState.New));
            Assert.False(OpinionPermissions.CanDelete(outsider, OpinionState.New));
        }
    }

    [Fact]
    public void The_senders_name_stays_with_the_planning_office()
    {
        Assert.True(OpinionPermissions.CanReadSenderName(Actor(null, Roles.PlanningOffice)));
        Assert.False(OpinionPermissions.CanReadSenderName(Actor(Kensetsu, Roles.SectionStaff)));
    }

    [Fact]
    public void Only_the_assigned_sections_staff_draft_the_reply()
    {
        Assert.True(OpinionPermissions.CanDraftReply(Actor(Kensetsu, Roles.SectionStaff), Kensetsu, OpinionState.Assigned));
        Assert.True(OpinionPermissions.CanDraftReply(Actor(Kensetsu, Roles.SectionStaff), Kensetsu, OpinionState.Replied));
        Assert.False(OpinionPermissions.CanDraftReply(Actor(Kensetsu, Roles.SectionStaff), Kanko, OpinionState.Assigned));
        Assert.False(OpinionPermissions.CanDraftReply(Actor(Kensetsu, Roles.SectionStaff), Kensetsu, OpinionState.Published));
        Assert.False(OpinionPermissions.CanDraftReply(Actor(null, Roles.PlanningOffice), Kensetsu, OpinionState.Assigned));
    }

    [Fact]
    public void The_planning_office_assigns_returns_publishes_withholds_and_deletes_sections_do_not()
    {
        var office = Actor(null, Roles.PlanningOffice);
        var staff = Actor(Kensetsu, Roles.SectionStaff);

        Assert.True(OpinionPermissions.CanAssign(office, OpinionState.New));
        Assert.True(OpinionPermissions.CanReturnReply(office, OpinionState.Replied));
        Assert.True(OpinionPermissions.CanPublish(office, OpinionState.Replied, consentToPublish: true, NoEditors));
        Assert.True(OpinionPermissions.CanWithhold(office, OpinionState.Replied));
        Assert.True(OpinionPermissions.CanDelete(office, OpinionState.Published));

        Assert.False(OpinionPermissions.CanAssign(staff, OpinionState.New));
        Assert.False(OpinionPermissions.CanReturnReply(staff, OpinionState.Replied));
        Assert.False(OpinionPermissions.CanPublish(staff, OpinionState.Replied, consentToPublish: true, NoEditors));
        Assert.False(OpinionPermissions.CanWithhold(staff, OpinionState.Assigned));
        Assert.False(OpinionPermissions.CanDelete(staff, OpinionState.Assigned));
    }

    [Fact]
    public void Whoever_drafted_the_reply_does_not_publish_it_whatever_roles_they_hold()
    {
        var both = new WorkflowActor(new HashSet<string> { Roles.PlanningOffice, Roles.SectionStaff }, Kensetsu, "tanaka@example.jp");
        var history = new[]
        {
            (OpinionActions.Submit, "匿名"),
            (OpinionActions.Assign, "kikaku@example.jp"),
            (OpinionActions.DraftReply, "TANAKA@example.jp"),
        };

        var editors = OpinionActions.ReplyEditors(history);

        Assert.False(OpinionPermissions.CanPublish(both, OpinionState.Replied, consentToPublish: true, editors));
        Assert.True(OpinionPermissions.CanPublish(Actor(null, Roles.PlanningOffice), OpinionState.Replied, consentToPublish: true, editors));
    }

    [Fact]
    public void A_reassignment_drops_the_former_sections_drafters()
    {
        var history = new[]
        {
            (OpinionActions.Assign, "kikaku@example.jp"),
            (OpinionActions.DraftReply, "kanko@example.jp"),
            (OpinionActions.Assign, "kikaku@example.jp"),
            (OpinionActions.DraftReply, "kensetsu@example.jp"),
            (OpinionActions.ReturnReply, "kikaku@example.jp"),
            (OpinionActions.DraftReply, "kensetsu2@example.jp"),
        };

        Assert.Equal(["kensetsu2@example.jp", "kensetsu@example.jp"], OpinionActions.ReplyEditors(history).Order(StringComparer.Ordinal));
    }
}
