using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Input;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Reminders;
using AsoPlan.Core.Search;
using AsoPlan.Core.Tests.Progress;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests;

/// <summary>
/// Every public rule refuses a missing argument by name (ArgumentNullException), never by failing somewhere inside
/// with a NullReferenceException or, worse, an answer: the web layer relies on that to find its own mistakes.
/// </summary>
public class NullArgumentTests
{
    private static readonly (string Call, Action Act)[] Calls =
    [
        ("NumberInput.Parse rules", () => NumberInput.Parse("1", null!)),
        ("NumberInput.Normalize", () => NumberInput.Normalize(null!)),
        ("NumberInput.RulesFor", () => NumberInput.RulesFor(null!, 0)),
        ("GoalRules.CanSetYear", () => GoalRules.CanSetYear(null!, 2022)),
        ("GoalRules.YearTargetProblems goal", () => GoalRules.YearTargetProblems(null!, [])),
        ("GoalRules.YearTargetProblems targets", () => GoalRules.YearTargetProblems(Goals.HunterCount, null!)),
        ("RevisionText.Format summary", () => RevisionText.Format(2022, null!, null, "理由")),
        ("RevisionText.Format reason", () => RevisionText.Format(2022, "変更", null, null!)),
        ("EvaluationLabels.Label", () => EvaluationLabels.Label(null!)),
        ("EvaluationLabels.Legend", () => EvaluationLabels.Legend(null!, EvaluationStage.Interim)),
        ("EvaluationLabels.MeasureRule", () => EvaluationLabels.MeasureRule(null!)),
        ("IndicatorGoal.For", () => IndicatorGoal.For(null!)),
        ("MeasureRating.Combine results", () => MeasureRating.Combine(null!, MeasureRatingRules.Default)),
        ("MeasureRating.Combine rules", () => MeasureRating.Combine([], null!)),
        ("RatingTally.Of", () => RatingTally.Of(null!)),
        ("RatingTally + left", () => _ = null! + new RatingTally(0, 0, 0, 0, 0, 0)),
        ("RatingTally + right", () => _ = new RatingTally(0, 0, 0, 0, 0, 0) + null!),
        ("TargetResolver.Resolve", () => TargetResolver.Resolve(null!)),
        ("AchievementCalculator.Evaluate", () => AchievementCalculator.Default.Evaluate(null!, 2022, 1m)),
        ("IndicatorGoal.TryFor", () => IndicatorGoal.TryFor(null!)),
        ("AchievementCalculator.ExpectedProgress", () => AchievementCalculator.ExpectedProgress(null!, 2022)),
        ("AchievementCalculator.ExpectedValue", () => AchievementCalculator.ExpectedValue(null!, 2022)),
        ("AchievementCalculator.ProjectTargetYear goal", () => AchievementCalculator.ProjectTargetYear(null!, [])),
        ("AchievementCalculator.ProjectTargetYear actuals", () => AchievementCalculator.ProjectTargetYear(Goals.HunterCount, null!)),
        ("BehindOrder.FurthestBehindFirst items", () => BehindOrder.FurthestBehindFirst<Achievement>(null!, a => a)),
        ("BehindOrder.FurthestBehindFirst result", () => BehindOrder.FurthestBehindFirst<Achievement>([], null!)),
        ("BehindOrder.Standing", () => BehindOrder.Standing(null!)),
        ("Publishing.Publish entries", () => Publishing.Publish(1, 1, 2022, null!, null, null, DateTime.UtcNow, AchievementCalculator.Default)),
        ("Publishing.Publish calculator", () => Publishing.Publish(1, 1, 2022, [], null, null, DateTime.UtcNow, null!)),
        ("Publishing.StatusOf", () => Publishing.StatusOf(null!, null)),
        ("ReminderSchedule.Due", () => ReminderSchedule.Due(null!, DateTimeOffset.UtcNow, 3)),
        ("EditDistance.Levenshtein a", () => EditDistance.Levenshtein(null!, "b")),
        ("EditDistance.Levenshtein b", () => EditDistance.Levenshtein("a", null!)),
        ("SearchFolding.Find original", () => SearchFolding.Find(null!, "a")),
        ("SearchFolding.Find word", () => SearchFolding.Find("a", null!)),
        ("TermSuggestions.For word", () => TermSuggestions.For(null!, [])),
        ("TermSuggestions.For texts", () => TermSuggestions.For("あそ", null!)),
        ("PdcaWorkflow.SubmissionProblems", () => PdcaWorkflow.SubmissionProblems(null!)),
        ("RecordEntryReader.Read", () => RecordEntryReader.Read(null!)),
        ("SeparationOfDuties.Editors", () => SeparationOfDuties.Editors(null!)),
        ("SeparationOfDuties.WroteVersion actor", () => SeparationOfDuties.WroteVersion(null!, new HashSet<string>())),
        ("SeparationOfDuties.WroteVersion editors", () => SeparationOfDuties.WroteVersion(new WorkflowActor(new HashSet<string> { Roles.PlanningOffice }, null, "a@example.jp"), null!)),
        ("TextInput.Check label", () => TextInput.Check("text", null!, 10)),
        ("PlanPermissions.CanEdit", () => PlanPermissions.CanEdit(null!, currentPeriod: true)),
        ("SeparationOfDuties.Editors actions", () => SeparationOfDuties.Editors([], null!, RecordActions.Approve)),
        ("SeparationOfDuties.Editors reset", () => SeparationOfDuties.Editors([], new HashSet<string>(), null!)),
        ("OpinionSubmissionRules.Check", () => OpinionSubmissionRules.Check(null!)),
        ("OpinionDuplicates.Fingerprint", () => OpinionDuplicates.Fingerprint(null!)),
        ("OpinionDuplicates.DuplicateOf fingerprint", () => OpinionDuplicates.DuplicateOf(13, null!, DateTime.UtcNow, [])),
        ("OpinionDuplicates.DuplicateOf earlier", () => OpinionDuplicates.DuplicateOf(13, "f", DateTime.UtcNow, null!)),
        ("OpinionActions.ReplyEditors", () => OpinionActions.ReplyEditors(null!)),
        ("OpinionPermissions.CanRead", () => OpinionPermissions.CanRead(null!, 1)),
        ("OpinionPermissions.CanReadSenderName", () => OpinionPermissions.CanReadSenderName(null!)),
        ("OpinionPermissions.CanAssign", () => OpinionPermissions.CanAssign(null!, OpinionState.New)),
        ("OpinionPermissions.CanDraftReply", () => OpinionPermissions.CanDraftReply(null!, 1, OpinionState.Assigned)),
        ("OpinionPermissions.CanReturnReply", () => OpinionPermissions.CanReturnReply(null!, OpinionState.Replied)),
        ("OpinionPermissions.CanPublish actor", () => OpinionPermissions.CanPublish(null!, OpinionState.Replied, true, new HashSet<string>())),
        ("OpinionPermissions.CanPublish editors", () => OpinionPermissions.CanPublish(WorkflowActor.Anonymous, OpinionState.Replied, true, null!)),
        ("OpinionPermissions.CanWithhold", () => OpinionPermissions.CanWithhold(null!, OpinionState.New)),
        ("OpinionPermissions.CanDelete", () => OpinionPermissions.CanDelete(null!, OpinionState.New)),
        ("ReviewRoundRules.OpenProblem years", () => ReviewRoundRules.OpenProblem(2021, null!, 2026, [])),
        ("ReviewRoundRules.OpenProblem rounds", () => ReviewRoundRules.OpenProblem(2021, [2021], 2026, null!)),
        ("ReviewRoundRules.YearUnderReview", () => ReviewRoundRules.YearUnderReview(null!)),
        ("ReviewRoundRules.AsReminderWindow", () => ReviewRoundRules.AsReminderWindow(null!)),
        ("ReviewerAccess.CanReadRecord", () => ReviewerAccess.CanReadRecord(null!, null, DateTimeOffset.UtcNow, 2021, 2021, RecordState.Approved)),
        ("ReviewerAccess.CanRecordFinding", () => ReviewerAccess.CanRecordFinding(null!, null, DateTimeOffset.UtcNow, null, 2021)),
        ("ReviewerAccess.CanReadFinding actor", () => ReviewerAccess.CanReadFinding(null!, "a")),
        ("ReviewerAccess.CanReadFinding author", () => ReviewerAccess.CanReadFinding(WorkflowActor.Anonymous, null!)),
        ("ReviewerAccess.CanManageReview", () => ReviewerAccess.CanManageReview(null!)),
        ("CommitteeFindingWorkflow.ContentProblems", () => CommitteeFindingWorkflow.ContentProblems(null!, true)),
        ("CommitteeFindingWorkflow.CorrectionNote parts", () => CommitteeFindingWorkflow.CorrectionNote(new DateOnly(2027, 2, 1), null!, "r")),
        ("CommitteeFindingWorkflow.CorrectionNote reason", () => CommitteeFindingWorkflow.CorrectionNote(new DateOnly(2027, 2, 1), [], null!)),
    ];

    [Fact]
    public void A_missing_argument_is_refused_by_name()
    {
        Assert.All(Calls, c => Assert.True(Throws(c.Act) is ArgumentNullException, $"{c.Call}: {Throws(c.Act)?.GetType().Name ?? "no exception"}"));
    }

    private static Exception? Throws(Action act) => Record.Exception(act);
}
