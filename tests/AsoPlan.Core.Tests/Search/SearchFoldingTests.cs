using AsoPlan.Core.Search;

namespace AsoPlan.Core.Tests.Search;

public class SearchFoldingTests
{
    [Theory]
    [InlineData("ごみ")]
    [InlineData("ゴミ")]
    [InlineData("ｺﾞﾐ")]
    public void Hiragana_katakana_and_half_width_katakana_fold_to_the_same_word(string word) =>
        Assert.Equal("ごみ", SearchFolding.Fold(word));

    [Theory]
    [InlineData("ＳＤＧｓ", "sdgs")]
    [InlineData("SDGs", "sdgs")]
    [InlineData("ＩＣＴ活用", "ict活用")]
    [InlineData("１２３", "123")]
    [InlineData("ヴァイオリン", "ゔぁいおりん")]
    public void Full_width_and_case_fold_away(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void A_column_keeps_fields_apart_so_a_word_never_spans_two_fields()
    {
        var column = SearchFolding.Column("ゴミの減量", null, "リサイクル");

        Assert.Equal("ごみの減量\nりさいくる", column);
        Assert.DoesNotContain(SearchFolding.Fold("減量リサイクル"), column, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folded_word_is_found_back_in_the_original_text_for_the_excerpt()
    {
        const string original = "家庭のｺﾞﾐを減らします";

        var found = SearchFolding.Find(original, SearchFolding.Fold("ゴミ"));

        Assert.NotNull(found);
        Assert.Equal("ｺﾞﾐ", original.Substring(found.Value.Start, found.Value.Length));
        Assert.Null(SearchFolding.Find(original, "かんこう"));
    }
}

public class TermSuggestionsTests
{
    private static readonly string[] Texts =
    [
        "観光振興と観光客の誘致、観光協会との連携",
        "農産物の加工と販売",
        "ゴミの減量とリサイクル",
    ];

    [Fact]
    public void A_typo_of_one_character_suggests_the_plans_most_used_close_term() =>
        Assert.Equal("観光", TermSuggestions.For("観工", Texts)[0]);

    [Fact]
    public void A_katakana_term_is_suggested_as_the_plan_writes_it_even_for_a_half_width_query() =>
        Assert.Equal("リサイクル", TermSuggestions.For("ﾘｻｲﾀﾙ", Texts)[0]);

    [Fact]
    public void Nothing_is_suggested_when_no_term_is_close() =>
        Assert.Empty(TermSuggestions.For("宇宙開発", Texts));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("観工", "観光", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Levenshtein(a, b));
}
