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

/// <summary>Where the edges of each script and of a run are: a term at the edge is found like any other.</summary>
public class TermSuggestionEdgeTests
{
    [Theory]
    [InlineData("一丁目", "一丁自")]          // U+4E00, the first kanji
    [InlineData("丁目\u9FFF", "丁日\u9FFF")]  // U+9FFF, the last
    [InlineData("ぁいう", "ぁいえ")]          // U+3041, the first hiragana
    [InlineData("ァイウ", "ァイエ")]          // U+30A1, the first katakana
    [InlineData("イウヺ", "エウヺ")]          // U+30FA, the last
    [InlineData("abc", "abd")]
    [InlineData("xyz", "wyz")]
    [InlineData("012", "013")]
    [InlineData("789", "689")]
    public void A_term_that_starts_or_ends_with_the_first_or_last_letter_of_its_script_is_found(string term, string typo)
    {
        Assert.Contains(term, TermSuggestions.For(typo, [$"、{term}。"]));
    }

    [Fact]
    public void A_term_of_two_characters_on_its_own_is_found()
    {
        Assert.Equal(["観光"], TermSuggestions.For("観工", ["市の観光の"]));
    }

    [Fact]
    public void Punctuation_is_never_a_term()
    {
        Assert.Empty(TermSuggestions.For("。。、", ["観光。。観光"]));
    }

    [Fact]
    public void A_term_one_letter_longer_than_the_word_is_close()
    {
        Assert.Contains("あいうえ", TermSuggestions.For("あいう", ["あいうえ"]));
    }

    [Fact]
    public void Words_of_up_to_20_characters_get_suggestions_and_longer_ones_none()
    {
        const string twenty = "あいうえおかきくけこさしすせそたちつてと";

        Assert.Contains(twenty, TermSuggestions.For("か" + twenty[1..], [twenty]));
        Assert.Empty(TermSuggestions.For("か" + twenty[1..] + "な", [twenty + "な"]));
        Assert.Empty(TermSuggestions.For(string.Empty, [twenty]));
    }

    [Fact]
    public void A_missing_text_is_read_as_empty()
    {
        Assert.Empty(TermSuggestions.For("hera", [null, "農産物"]));
    }

    [Fact]
    public void Closer_terms_come_first_then_the_more_used_then_in_character_order()
    {
        Assert.Equal(["aaaaa", "aaaaab", "aaaa"], TermSuggestions.For("aaaaaa", ["aaaaab aaaabb"]));
        Assert.Equal(["加工", "観光"], TermSuggestions.For("観工", ["観光", "加工"]));
    }
}

/// <summary>Folding at the edges of the katakana block, and finding a word at either end of a text.</summary>
public class SearchFoldingEdgeTests
{
    [Theory]
    [InlineData("ヶ", "ゖ")]   // U+30F6, the last katakana with a hiragana twin
    [InlineData("ヽヾ", "ゝゞ")]
    [InlineData("AZ", "az")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Edges_fold_too(string? text, string folded) => Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void A_word_at_the_start_or_the_end_of_a_text_is_found()
    {
        const string original = "ごみの減量";

        Assert.Equal((0, 2), SearchFolding.Find(original, "ごみ"));
        Assert.Equal((3, 2), SearchFolding.Find(original, "減量"));
        Assert.Null(SearchFolding.Find(original, string.Empty));
    }
}
