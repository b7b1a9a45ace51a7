using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Budget;

public class ProjectRulesTests
{
    private static readonly ProjectEntryInput Blank = new(
        7, "橋梁補修", null, null, null, null, null, null, null, null, null, ActivityInput.Blank, ActivityInput.Blank, null, null, null, null, null);

    private static readonly ProjectEntryInput Complete = Blank with
    {
        InitialBudget = "１２，０００",
        SupplementaryBudget = "-500",
        Settlement = "11,200",
        NationalFunds = "5,600",
        LocalBonds = "4000",
        GeneralFunds = "1,600",
        StaffEffort = "0.5",
        Activity1 = new ActivityInput("補修した橋梁数", "橋", "4", "３"),
        Direction = "継続",
    };

    [Fact]
    public void Funding_must_add_up_to_the_settlement()
    {
        Assert.Null(ProjectRules.FundingProblem(11200m, new ProjectFunding(5600m, null, 4000m, null, 1600m)));
        var problem = ProjectRules.FundingProblem(11200m, new ProjectFunding(5600m, null, 4000m, null, 1500m));
        Assert.Equal("財源内訳の合計（11,100千円）が決算額（11,200千円）と一致しません（差 100千円）。国庫支出金・県支出金・地方債・その他・一般財源の合計を決算額に合わせてください。", problem);
        Assert.Null(ProjectRules.FundingProblem(null, new ProjectFunding(5600m, null, null, null, null)));
    }

    [Theory]
    [InlineData(ProjectDirection.Continue, null, false)]
    [InlineData(ProjectDirection.Expand, null, true)]
    [InlineData(ProjectDirection.Reduce, " ", true)]
    [InlineData(ProjectDirection.Suspend, "国の補助終了", false)]
    [InlineData(ProjectDirection.Complete, null, true)]
    public void Every_direction_but_continue_needs_a_reason(ProjectDirection direction, string? reason, bool refused) =>
        Assert.Equal(refused, ProjectRules.DirectionReasonProblem(direction, reason) is not null);

    [Fact]
    public void A_complete_entry_reads_full_width_digits_and_separators_and_can_be_submitted()
    {
        var errors = new List<EntryError>();
        var entry = ProjectEntryReader.Read(Complete, errors);
        Assert.Empty(errors);
        Assert.Equal(12000m, entry.InitialBudget);
        Assert.Equal(-500m, entry.SupplementaryBudget);
        Assert.Equal(11200m, entry.Settlement);
        Assert.Equal(0.5m, entry.StaffEffort);
        Assert.Equal(3m, entry.Activity1.Actual);
        Assert.Equal(ProjectDirection.Continue, entry.Direction);
        Assert.Empty(ProjectRules.SubmissionProblems(entry));
    }

    [Fact]
    public void A_funding_that_does_not_add_up_is_refused_on_the_general_funds_field()
    {
        var errors = new List<EntryError>();
        ProjectEntryReader.Read(Complete with { GeneralFunds = "1,500" }, errors);
        var error = Assert.Single(errors);
        Assert.Equal((EntryField.Project, 7, ProjectFields.GeneralFunds), (error.Field, error.ProjectId, error.ProjectField));
        Assert.StartsWith("財源内訳の合計（11,100千円）が決算額（11,200千円）と一致しません", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_numbers_are_refused_with_the_field_named()
    {
        var errors = new List<EntryError>();
        ProjectEntryReader.Read(Complete with { Settlement = "約1万", StaffEffort = "0.25", InitialBudget = "-1" }, errors);
        Assert.Equal(
            [
                (ProjectFields.Settlement, "決算額: 数値として読み取れません。半角・全角の数字、小数点、桁区切りのカンマのみ使えます（例: 1,234.5）。"),
                (ProjectFields.InitialBudget, "当初予算額: マイナスの値は入力できません。"),
                (ProjectFields.StaffEffort, "人工: 小数点以下は1桁までで入力してください。"),
            ],
            errors.Select(e => (e.ProjectField!, e.Message)));
    }

    [Fact]
    public void A_direction_other_than_continue_without_a_reason_is_refused()
    {
        var errors = new List<EntryError>();
        ProjectEntryReader.Read(Complete with { Direction = "縮小" }, errors);
        var error = Assert.Single(errors);
        Assert.Equal(ProjectFields.DirectionReason, error.ProjectField);
        Assert.Equal("今後の方向性を「縮小」にする理由を入力してください（「継続」以外は理由が必要です）。", error.Message);
    }

    [Fact]
    public void An_unknown_direction_is_refused()
    {
        var errors = new List<EntryError>();
        ProjectEntryReader.Read(Complete with { Direction = "様子見" }, errors);
        Assert.Equal(ProjectFields.Direction, Assert.Single(errors).ProjectField);
    }

    [Fact]
    public void Activity_numbers_without_a_name_are_refused()
    {
        var errors = new List<EntryError>();
        ProjectEntryReader.Read(Complete with { Activity2 = new ActivityInput(null, null, "10", null) }, errors);
        Assert.Equal(ProjectFields.Activity(2, "Name"), Assert.Single(errors).ProjectField);
    }

    [Fact]
    public void A_blank_entry_is_empty_and_a_started_one_lists_what_submission_still_needs()
    {
        var errors = new List<EntryError>();
        Assert.True(ProjectEntryReader.Read(Blank, errors).IsEmpty);
        var started = ProjectEntryReader.Read(Blank with { Settlement = "1000", Direction = "拡充", DirectionReason = "利用者の増加" }, errors);
        Assert.Empty(errors);
        Assert.False(started.IsEmpty);
        Assert.Equal(
            [
                "事務事業「橋梁補修」の当初予算額を入力してください（補正がなければ補正予算額は空欄のままで構いません）。",
                "事務事業「橋梁補修」の財源内訳を入力してください（合計が決算額になるように）。",
                "事務事業「橋梁補修」の人工を入力してください（携わった職員の年間の人数換算、例: 0.5）。",
            ],
            ProjectRules.SubmissionProblems(started));
    }

    [Fact]
    public void A_record_with_a_started_project_cannot_be_submitted_until_the_project_is_complete()
    {
        var errors = new List<EntryError>();
        var started = ProjectEntryReader.Read(Blank with { Settlement = "1000" }, errors);
        var content = new RecordContent([], "Do", "B", "理由", "Action") { Projects = [started] };
        Assert.Contains("事務事業「橋梁補修」の今後の方向性を選んでください。", PdcaWorkflow.SubmissionProblems(content));
        Assert.Empty(PdcaWorkflow.SubmissionProblems(content with { Projects = [ProjectEntryReader.Read(Blank, errors)] }));
    }

    [Theory]
    [InlineData("廃止", ProjectDirection.Suspend)]
    [InlineData("休止", ProjectDirection.Suspend)]
    [InlineData("廃止・休止", ProjectDirection.Suspend)]
    [InlineData("Expand", ProjectDirection.Expand)]
    [InlineData("3", ProjectDirection.Improve)]
    [InlineData("完了", ProjectDirection.Complete)]
    public void Directions_are_read_from_their_words_or_the_posted_value(string text, ProjectDirection expected) =>
        Assert.Equal(expected, ProjectDirections.Parse(text));
}
