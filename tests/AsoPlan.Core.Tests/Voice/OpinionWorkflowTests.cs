using AsoPlan.Core.Voice;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionWorkflowTests
{
    [Fact]
    public void The_usual_path_is_new_assigned_replied_published()
    {
        var state = OpinionState.New;

        state = OpinionWorkflow.AfterAssign(state);
        Assert.Equal(OpinionState.Assigned, state);
        state = OpinionWorkflow.AfterDraftReply(state);
        Assert.Equal(OpinionState.Replied, state);
        state = OpinionWorkflow.AfterPublish(state, consentToPublish: true);
        Assert.Equal(OpinionState.Published, state);
        Assert.True(OpinionWorkflow.IsPublic(state));
    }

    [Theory]
    [InlineData(OpinionState.New, false)]
    [InlineData(OpinionState.Assigned, false)]
    [InlineData(OpinionState.Replied, false)]
    [InlineData(OpinionState.Published, true)]
    [InlineData(OpinionState.NotPublished, false)]
    [InlineData(OpinionState.Deleted, false)]
    public void Only_a_published_opinion_is_public(OpinionState state, bool expected)
    {
        Assert.Equal(expected, OpinionWorkflow.IsPublic(state));
    }

    [Fact]
    public void An_opinion_without_consent_is_never_published_and_says_why()
    {
        Assert.False(OpinionWorkflow.CanPublish(OpinionState.Replied, consentToPublish: false));
        var refused = Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterPublish(OpinionState.Replied, consentToPublish: false));
        Assert.Equal("公表に同意されていないご意見は公表できません。", refused.Message);
    }

    [Theory]
    [InlineData(OpinionState.New)]
    [InlineData(OpinionState.Assigned)]
    [InlineData(OpinionState.Published)]
    [InlineData(OpinionState.NotPublished)]
    [InlineData(OpinionState.Deleted)]
    public void Only_an_opinion_with_a_draft_reply_is_published(OpinionState state)
    {
        Assert.False(OpinionWorkflow.CanPublish(state, consentToPublish: true));
        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterPublish(state, consentToPublish: true));
    }

    [Fact]
    public void A_returned_reply_goes_back_to_the_section_and_can_be_drafted_again()
    {
        var state = OpinionWorkflow.AfterReturnReply(OpinionState.Replied);

        Assert.Equal(OpinionState.Assigned, state);
        Assert.True(OpinionWorkflow.NeedsSection(state));
        Assert.Equal(OpinionState.Replied, OpinionWorkflow.AfterDraftReply(state));
        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterReturnReply(OpinionState.Assigned));
    }

    [Theory]
    [InlineData(OpinionState.New, true)]
    [InlineData(OpinionState.Assigned, true)]
    [InlineData(OpinionState.Replied, true)]
    [InlineData(OpinionState.NotPublished, true)]
    [InlineData(OpinionState.Published, false)]
    [InlineData(OpinionState.Deleted, false)]
    public void Assigning_again_is_possible_until_published_or_deleted(OpinionState state, bool expected)
    {
        Assert.Equal(expected, OpinionWorkflow.CanAssign(state));
        if (!expected)
        {
            Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterAssign(state));
        }
    }

    [Fact]
    public void A_section_drafts_only_an_opinion_assigned_to_it()
    {
        Assert.False(OpinionWorkflow.CanDraftReply(OpinionState.New));
        Assert.False(OpinionWorkflow.CanDraftReply(OpinionState.Published));
        Assert.False(OpinionWorkflow.CanDraftReply(OpinionState.NotPublished));
        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterDraftReply(OpinionState.New));
    }

    [Fact]
    public void A_published_opinion_can_still_be_withdrawn_as_not_published()
    {
        Assert.Equal(OpinionState.NotPublished, OpinionWorkflow.AfterWithhold(OpinionState.Published));
        Assert.Equal(OpinionState.NotPublished, OpinionWorkflow.AfterWithhold(OpinionState.New));
        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterWithhold(OpinionState.NotPublished));
        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterWithhold(OpinionState.Deleted));
    }

    [Fact]
    public void A_deletion_request_is_honoured_in_every_state_once()
    {
        foreach (var state in Enum.GetValues<OpinionState>().Where(s => s != OpinionState.Deleted))
        {
            Assert.Equal(OpinionState.Deleted, OpinionWorkflow.AfterDelete(state));
        }

        Assert.Throws<InvalidOperationException>(() => OpinionWorkflow.AfterDelete(OpinionState.Deleted));
    }

    [Fact]
    public void The_queue_lists_every_state_once_what_waits_for_the_office_first()
    {
        Assert.Equal(Enum.GetValues<OpinionState>().Order(), OpinionStateLabels.QueueOrder.Order());
        Assert.All(OpinionStateLabels.QueueOrder.Take(2), s => Assert.True(OpinionWorkflow.NeedsOffice(s)));
        Assert.Equal(
            ["新規", "回答案あり", "担当課に割当", "公表", "非公表", "削除"],
            OpinionStateLabels.QueueOrder.Select(s => s.Japanese()));
    }

    [Fact]
    public void Every_reason_not_to_publish_has_words_and_only_other_needs_a_note()
    {
        Assert.Equal(Enum.GetValues<NotPublishedReason>().Order(), NotPublishedReasons.All.Order());
        Assert.Equal("個人情報が含まれるため", NotPublishedReason.PersonalInformation.Japanese());
        Assert.Equal("施策の趣旨と関係のない内容のため", NotPublishedReason.OffTopic.Japanese());
        Assert.Equal("不適切な表現が含まれるため", NotPublishedReason.Inappropriate.Japanese());
        Assert.Equal([NotPublishedReason.Other], NotPublishedReasons.All.Where(NotPublishedReasons.NeedsNote));
    }
}
