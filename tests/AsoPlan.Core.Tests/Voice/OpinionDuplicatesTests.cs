using AsoPlan.Core.Voice;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionDuplicatesTests
{
    private const int Measure13 = 13;
    private const string Text = "阿蘇駅前の歩道を広げてください。";
    private static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

    private static EarlierOpinion Earlier(long id, string text, DateTime at, int measure = Measure13, OpinionState state = OpinionState.New) =>
        new(id, measure, OpinionDuplicates.Fingerprint(text), at, state);

    [Theory]
    [InlineData("阿蘇駅前の歩道を広げてください")]
    [InlineData("阿蘇駅前の歩道を、広げてください！！")]
    [InlineData(" 阿蘇駅前の\r\n歩道を広げてください。😀")]
    [InlineData("阿蘇駅前の歩道を広げてくださイ。")]
    [InlineData("阿蘇駅前の歩道を広げてくださｲ。")]
    public void Copies_that_differ_only_in_spacing_punctuation_width_or_kana_are_the_same_text(string copy)
    {
        Assert.Equal(OpinionDuplicates.Fingerprint(Text), OpinionDuplicates.Fingerprint(copy));
    }

    [Fact]
    public void A_different_word_is_a_different_text()
    {
        Assert.NotEqual(OpinionDuplicates.Fingerprint(Text), OpinionDuplicates.Fingerprint("阿蘇駅前の車道を広げてください。"));
        Assert.Equal(64, OpinionDuplicates.Fingerprint(Text).Length);
    }

    [Fact]
    public void The_earliest_same_text_on_the_same_measure_within_the_window_is_the_original()
    {
        var earlier = new[]
        {
            Earlier(5, Text, Now.AddDays(-3)),
            Earlier(3, Text, Now.AddDays(-20)),
            Earlier(1, Text, Now.AddDays(-31)),
            Earlier(9, Text, Now.AddDays(-1), measure: 12),
            Earlier(8, "別のご意見です。", Now.AddHours(-1)),
        };

        Assert.Equal(3, OpinionDuplicates.DuplicateOf(Measure13, OpinionDuplicates.Fingerprint(Text), Now, earlier));
    }

    [Fact]
    public void The_window_is_thirty_days_inclusive()
    {
        var fingerprint = OpinionDuplicates.Fingerprint(Text);

        Assert.Equal(TimeSpan.FromDays(30), OpinionDuplicates.Window);
        Assert.Equal(2, OpinionDuplicates.DuplicateOf(Measure13, fingerprint, Now, [Earlier(2, Text, Now.AddDays(-30))]));
        Assert.Null(OpinionDuplicates.DuplicateOf(Measure13, fingerprint, Now, [Earlier(2, Text, Now.AddDays(-30).AddSeconds(-1))]));
        Assert.Equal(Now.AddDays(-30), OpinionDuplicates.Since(Now));
    }

    [Fact]
    public void A_deleted_opinion_is_no_original()
    {
        var fingerprint = OpinionDuplicates.Fingerprint(Text);

        Assert.Null(OpinionDuplicates.DuplicateOf(Measure13, fingerprint, Now, [Earlier(4, Text, Now.AddDays(-2), state: OpinionState.Deleted)]));
        Assert.Equal(4, OpinionDuplicates.DuplicateOf(Measure13, fingerprint, Now, [Earlier(4, Text, Now.AddDays(-2), state: OpinionState.NotPublished)]));
    }
}
