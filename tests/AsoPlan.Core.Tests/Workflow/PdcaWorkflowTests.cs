using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class PdcaWorkflowTests
{
    private static RecordContent Complete => new(
        [new EnteredValue("有害鳥獣捕獲従事者数", 110m, null), new EnteredValue("広域預託放牧頭数", null, "集計中のため")],
        "捕獲従事者の研修を実施した。",
        "B",
        "概ね計画どおり。",
        "若手の確保を進める。");

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(RecordState.Draft, true, true)]
    [InlineData(RecordState.Returned, true, true)]
    [InlineData(RecordState.Submitted, true, false)]
    [InlineData(RecordState.Approved, true, false)]
    [InlineData(RecordState.Draft, false, false)]
    [InlineData(null, false, false)]
    public void Staff_edit_only_open_window_and_draft_or_returned(RecordState? state, bool windowOpen, bool expected)
    {
        Assert.Equal(expected, PdcaWorkflow.StaffCanEdit(state, windowOpen));
    }

    [Fact]
    public void Complete_record_has_no_problems()
    {
        Assert.Empty(PdcaWorkflow.SubmissionProblems(Complete));
    }

    [Fact]
    public void Indicator_without_value_or_reason_blocks_submission_by_name()
    {
        var content = Complete with { Values = [new EnteredValue("広域預託放牧頭数", null, " ")] };

        var problem = Assert.Single(PdcaWorkflow.SubmissionProblems(content));
        Assert.Contains("広域預託放牧頭数", problem);
    }

    [Fact]
    public void Missing_pdca_parts_are_each_named()
    {
        var content = Complete with { DoText = "", SelfRating = "E", SelfRatingReason = null, ActionText = " " };

        var problems = PdcaWorkflow.SubmissionProblems(content);

        Assert.Equal(
            ["取組実績（Do）を入力してください。", "自己評価（Check）をA〜Dから選んでください。", "自己評価の理由を入力してください。", "改善・今後の方向性（Action）を入力してください。"],
            problems);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    public void Each_self_rating_A_to_D_is_accepted(string rating)
    {
        Assert.Empty(PdcaWorkflow.SubmissionProblems(Complete with { SelfRating = rating }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(null)]
    public void Anything_else_as_a_self_rating_is_refused(string? rating)
    {
        Assert.Equal(["自己評価（Check）をA〜Dから選んでください。"], PdcaWorkflow.SubmissionProblems(Complete with { SelfRating = rating }));
    }

    [Fact]
    public void Only_an_approved_record_is_reopened_and_it_goes_back_as_returned()
    {
        Assert.True(PdcaWorkflow.CanReopen(RecordState.Approved));
        Assert.False(PdcaWorkflow.CanReopen(RecordState.Submitted));
        Assert.Equal(RecordState.Returned, PdcaWorkflow.AfterReopen(RecordState.Approved));
        foreach (var state in new RecordState?[] { null, RecordState.Draft, RecordState.Submitted, RecordState.Returned })
        {
            Assert.Equal("承認済の記録だけを訂正のために再開できます。", Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterReopen(state)).Message);
        }
    }

    [Fact]
    public void A_wrong_transition_says_why_in_Japanese()
    {
        Assert.Equal("提出済または承認済の記録は変更できません。", Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterSave(RecordState.Submitted)).Message);
        Assert.Equal("この記録は提出できる状態ではありません。", Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterSubmit(RecordState.Approved)).Message);
        Assert.Equal("提出済の記録だけを承認できます。", Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterApprove(RecordState.Returned)).Message);
        Assert.Equal("提出済の記録だけを差し戻せます。", Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterReturn(RecordState.Draft)).Message);
    }

    [Fact]
    public void Cycle_draft_submit_return_resubmit_approve()
    {
        var state = PdcaWorkflow.AfterSave(null);
        Assert.Equal(RecordState.Draft, state);
        state = PdcaWorkflow.AfterSubmit(state);
        Assert.Equal(RecordState.Submitted, state);
        state = PdcaWorkflow.AfterReturn(state);
        Assert.Equal(RecordState.Returned, state);
        state = PdcaWorkflow.AfterSave(state);
        state = PdcaWorkflow.AfterSubmit(state);
        state = PdcaWorkflow.AfterApprove(state);
        Assert.Equal(RecordState.Approved, state);
    }

    [Fact]
    public void Approved_is_final()
    {
        Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterSave(RecordState.Approved));
        Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterReturn(RecordState.Approved));
        Assert.Throws<InvalidOperationException>(() => PdcaWorkflow.AfterApprove(RecordState.Draft));
    }

    [Theory]
    [InlineData(null, "未入力")]
    [InlineData(RecordState.Draft, "下書き")]
    [InlineData(RecordState.Submitted, "提出済")]
    [InlineData(RecordState.Returned, "差戻し")]
    [InlineData(RecordState.Approved, "承認済")]
    public void States_read_in_japanese(RecordState? state, string label)
    {
        Assert.Equal(label, state.Japanese());
    }
}
