using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>The words the portal prints for an evaluation: an interim year never claims the target was achieved.</summary>
public class EvaluationLabelsTests
{
    [Theory]
    [InlineData(AchievementRating.A, EvaluationStage.Interim, "A 順調")]
    [InlineData(AchievementRating.B, EvaluationStage.Interim, "B おおむね順調")]
    [InlineData(AchievementRating.C, EvaluationStage.Interim, "C やや遅れ")]
    [InlineData(AchievementRating.D, EvaluationStage.Interim, "D 遅れ")]
    [InlineData(AchievementRating.A, EvaluationStage.TargetYear, "A 達成")]
    [InlineData(AchievementRating.B, EvaluationStage.TargetYear, "B 概ね達成")]
    [InlineData(AchievementRating.C, EvaluationStage.TargetYear, "C 達成不十分")]
    [InlineData(AchievementRating.D, EvaluationStage.TargetYear, "D 未達成")]
    public void Each_letter_has_a_word_for_each_stage(AchievementRating rating, EvaluationStage stage, string label)
    {
        Assert.Equal(label, EvaluationLabels.Label(rating, stage));
    }

    [Fact]
    public void No_interim_word_speaks_of_achievement()
    {
        foreach (var rating in Enum.GetValues<AchievementRating>())
        {
            Assert.DoesNotContain("達成", EvaluationLabels.Word(rating, EvaluationStage.Interim), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("達成", EvaluationLabels.Scale(EvaluationStage.Interim), StringComparison.Ordinal);
        Assert.DoesNotContain("達成", EvaluationLabels.Legend(RatingBands.Default, EvaluationStage.Interim), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, EvaluationStage.Interim)]
    [InlineData(2023, EvaluationStage.Interim)]
    [InlineData(2024, EvaluationStage.TargetYear)]
    [InlineData(2025, EvaluationStage.TargetYear)]
    public void Only_the_target_year_and_after_is_the_target_year(int year, EvaluationStage stage)
    {
        Assert.Equal(stage, EvaluationLabels.StageOf(year, 2024));
    }

    [Fact]
    public void The_calculator_sets_the_stage_and_its_words()
    {
        var calculator = AchievementCalculator.Default;

        var r3 = calculator.Evaluate(Goals.HunterCount, 2021, 109);
        var r6 = calculator.Evaluate(Goals.HunterCount, 2024, 120);

        Assert.Equal(EvaluationStage.Interim, r3.Stage);
        Assert.Equal("A 順調", r3.Label);
        Assert.Equal("A 順調", EvaluationLabels.Label(r3));
        Assert.EndsWith("→ A 順調", r3.Explanation, StringComparison.Ordinal);
        Assert.Equal(EvaluationStage.TargetYear, r6.Stage);
        Assert.Equal("A 達成", r6.Label);
        Assert.Equal("未評価", EvaluationLabels.LabelOrUnrated(null));
        Assert.Equal("A 達成", EvaluationLabels.LabelOrUnrated(r6));
    }

    [Theory]
    [InlineData(true, true, "目標値以上")]
    [InlineData(true, false, "目標値を下回る")]
    [InlineData(false, true, "目標値以下")]
    [InlineData(false, false, "目標値を上回る")]
    public void A_threshold_value_is_described_without_claiming_achievement(bool floor, bool met, string text)
    {
        Assert.Equal(text, EvaluationLabels.ThresholdState(floor, met));
    }

    [Fact]
    public void The_legend_names_the_configured_bands_in_the_stage_words()
    {
        var bands = new RatingBands { A = 1.0m, B = 0.9m, C = 0.6m };

        Assert.Equal(
            "A 順調（その年度に想定される進み具合の100.0%以上、または維持目標を満たす）、B おおむね順調（90.0%以上）、C やや遅れ（60.0%以上）、D 遅れ（60.0%未満、または維持目標を満たさない）",
            EvaluationLabels.Legend(bands, EvaluationStage.Interim));
        Assert.StartsWith("A 達成（基準値から目標値までの100.0%以上", EvaluationLabels.Legend(bands, EvaluationStage.TargetYear), StringComparison.Ordinal);
        var full = EvaluationLabels.FullLegend(bands);
        Assert.Contains("目標年度より前の年度: A 順調", full, StringComparison.Ordinal);
        Assert.Contains("目標年度: A 達成", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_coverage_and_withholding_read_as_sentences()
    {
        Assert.Equal("A 順調・B おおむね順調・C やや遅れ・D 遅れ", EvaluationLabels.Scale(EvaluationStage.Interim));
        Assert.Equal("A 達成・B 概ね達成・C 達成不十分・D 未達成", EvaluationLabels.Scale(EvaluationStage.TargetYear));
        Assert.Equal("5件中1件を評価", EvaluationLabels.Coverage(1, 5));
        Assert.Equal("半数", EvaluationLabels.Share(0.5m));
        Assert.Equal("60.0%", EvaluationLabels.Share(0.6m));
        Assert.Equal("評価保留（5件中1件を評価。評価できた指標が半数に満たないため）", EvaluationLabels.WithheldWithReason(1, 5, 0.5m));
        Assert.Equal("基準値より悪化", EvaluationLabels.WorseThanBaseline);
        Assert.Equal("該当", EvaluationLabels.WorseThanBaselineMark);
        Assert.Equal("目標年度（目標値との比較）", EvaluationLabels.StageName(EvaluationStage.TargetYear));
        Assert.Contains("目標年度より前", EvaluationLabels.StageName(EvaluationStage.Interim), StringComparison.Ordinal);
    }

    [Fact]
    public void The_measure_rule_states_the_bounds_and_the_coverage()
    {
        Assert.Equal(
            "施策の評価は、成果指標の評価を点数（A=4, B=3, C=2, D=1）にした平均点で決めます（3.5を超えるとA、2.5を超えるとB、1.5を超えるとC、それ以外はD。ちょうど3.5はB）。未確定などで評価できない指標はD（1点）として平均に含め、評価できた指標が半数に満たない施策は「評価保留」とします。",
            EvaluationLabels.MeasureRule(MeasureRatingRules.Default));
    }
}
