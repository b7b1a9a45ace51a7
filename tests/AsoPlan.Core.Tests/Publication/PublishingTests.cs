using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Tests.Progress;

namespace AsoPlan.Core.Tests.Publication;

/// <summary>What an approval publishes: statuses, the evaluation as of then, and a correction's dated notes.</summary>
public class PublishingTests
{
    // 2026-12-07 09:30 in Japan
    private static readonly DateTime Approved = new(2026, 12, 7, 0, 30, 0, DateTimeKind.Utc);

    private static PublishingEntry Waste(decimal? value, bool preliminary = false, string? reason = null) =>
        new(1, "市民1人が排出する1日当たりのごみの量", "g", 0, Goals.WastePerPerson, value, preliminary, reason);

    private static PublishingEntry Hunters(decimal? value, string? reason = null) =>
        new(2, "有害鳥獣捕獲従事者数", "人", 0, Goals.HunterCount, value, false, reason);

    private static Core.Publication.Publication Publish(Core.Publication.Publication? previous, string? reason, params PublishingEntry[] entries) =>
        Publishing.Publish(7, 8, 2021, entries, previous, reason, Approved, AchievementCalculator.Default);

    [Fact]
    public void A_first_publication_keeps_each_value_with_its_evaluation_and_status()
    {
        var first = Publish(null, "ignored", Waste(923, preliminary: true), Hunters(null, "集計中"));

        Assert.Equal(1, first.Revision);
        Assert.True(first.IsCurrent);
        Assert.Null(first.Reason);
        Assert.Null(first.Notes);
        var waste = first.Values.Single(v => v.IndicatorId == 1);
        Assert.Equal(ValueStatus.Preliminary, waste.Status);
        Assert.Equal(AchievementRating.A, waste.Rating);
        Assert.True(waste.WorseThanBaseline);
        Assert.Equal(924m, waste.TargetUsed);
        Assert.Equal("A 順調", waste.ToAchievement(2021)!.Label);
        var hunters = first.Values.Single(v => v.IndicatorId == 2);
        Assert.Equal(ValueStatus.NotAvailable, hunters.Status);
        Assert.Equal("集計中", hunters.NotAvailableReason);
        Assert.Null(hunters.Rating);
        Assert.Null(hunters.ToAchievement(2021));
        Assert.Equal("未確定（集計中）", Publishing.Label(hunters.Status, hunters.NotAvailableReason));
    }

    [Fact]
    public void A_correction_writes_dated_notes_by_kind_with_the_reason_and_the_new_statuses()
    {
        var first = Publish(null, null, Waste(923, preliminary: true), Hunters(null, "集計中"));
        var second = Publish(first, "確定値の公表と集計の確認のため", Waste(925), Hunters(108));

        Assert.Equal(2, second.Revision);
        Assert.Equal("確定値の公表と集計の確認のため", second.Reason);
        Assert.Equal(
            "令和8年12月7日 確定値に更新: 市民1人が排出する1日当たりのごみの量 923g（速報値）→ 925g（確定値）（確定値の公表と集計の確認のため）\n"
            + "令和8年12月7日 実績値を掲載: 有害鳥獣捕獲従事者数 未確定 → 108人（確定値の公表と集計の確認のため）",
            second.Notes);
        Assert.All(second.Values, v => Assert.Equal(ValueStatus.Final, v.Status));
        Assert.Equal(AchievementRating.D, second.Values.Single(v => v.IndicatorId == 1).Rating); // 925 g is over the 924 g ceiling

        var third = Publish(second, "集計の誤り", Waste(925), Hunters(107));
        Assert.Equal("令和8年12月7日 訂正: 有害鳥獣捕獲従事者数 108人 → 107人（集計の誤り）", third.Notes);
        Assert.Equal(ValueStatus.Corrected, third.Values.Single(v => v.IndicatorId == 2).Status);
        Assert.Equal(ValueStatus.Final, third.Values.Single(v => v.IndicatorId == 1).Status);

        var fourth = Publish(third, "本文の修正", Waste(925), Hunters(107));
        Assert.Null(fourth.Notes); // no public value changed
        Assert.Equal(ValueStatus.Corrected, fourth.Values.Single(v => v.IndicatorId == 2).Status); // stays 訂正済
    }

    [Theory]
    [InlineData(ValueStatus.Final, null, "確定")]
    [InlineData(ValueStatus.Preliminary, null, "速報値")]
    [InlineData(ValueStatus.NotAvailable, "県の公表待ち", "未確定（県の公表待ち）")]
    [InlineData(ValueStatus.NotAvailable, null, "未確定")]
    [InlineData(ValueStatus.Corrected, null, "訂正済")]
    public void Statuses_have_public_words(ValueStatus status, string? reason, string label)
    {
        Assert.Equal(label, Publishing.Label(status, reason));
    }

    [Fact]
    public void A_value_taken_back_to_unavailable_is_a_correction_note()
    {
        var first = Publish(null, null, Hunters(108));
        var second = Publish(first, "誤って入力したため", Hunters(null, "再集計中"));

        Assert.Equal("令和8年12月7日 訂正: 有害鳥獣捕獲従事者数 108人 → 未確定（再集計中）（誤って入力したため）", second.Notes);
        Assert.Equal(ValueStatus.NotAvailable, second.Values.Single().Status);
    }

    [Fact]
    public void A_published_value_gives_back_exactly_the_evaluation_it_recorded()
    {
        foreach (var result in new[]
        {
            AchievementCalculator.Default.Evaluate(Goals.HunterCount, 2024, 117),       // a path in the target year
            AchievementCalculator.Default.Evaluate(Goals.WastePerPerson, 2021, 923),    // a threshold, flagged
            AchievementCalculator.Default.Evaluate(Goals.FarmlandConsolidation, 2022, 64), // target only
        })
        {
            var published = new PublishedValue { Value = result.Actual };
            published.Record(result);

            Assert.Equal(result, published.ToAchievement(result.FiscalYear));
        }
    }

    [Fact]
    public void Recording_no_evaluation_clears_the_one_before()
    {
        var published = new PublishedValue { Value = 923m };
        published.Record(AchievementCalculator.Default.Evaluate(Goals.HunterCount, 2024, 100)); // target year, flagged

        published.Record(null);

        Assert.Equal((null, null, EvaluationStage.Interim, false, null, null), (published.Method, published.Rating, published.Stage, published.WorseThanBaseline, published.TargetUsed, published.Explanation));
        Assert.Null(published.ToAchievement(2024));
    }

    [Fact]
    public void A_value_with_a_leftover_reason_is_published_without_the_reason()
    {
        var first = Publish(null, null, Hunters(108, "集計中"));

        Assert.Null(first.Values.Single().NotAvailableReason);
        Assert.Equal(ValueStatus.Final, first.Values.Single().Status);
    }

    [Fact]
    public void Notes_of_one_kind_share_a_line_and_a_missing_reason_adds_no_brackets()
    {
        var first = Publish(null, null, Waste(923), Hunters(108));
        var second = Publish(first, " ", Waste(921, preliminary: true), Hunters(3_761_576));

        Assert.Equal("令和8年12月7日 訂正: 市民1人が排出する1日当たりのごみの量 923g → 921g（速報値）、有害鳥獣捕獲従事者数 108人 → 3,761,576人", second.Notes);
    }
}
