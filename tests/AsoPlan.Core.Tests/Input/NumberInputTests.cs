using AsoPlan.Core.Input;

namespace AsoPlan.Core.Tests.Input;

public class NumberInputTests
{
    private static readonly NumberRules People = NumberInput.RulesFor("人", 0);
    private static readonly NumberRules Percent = NumberInput.RulesFor("%", 2);
    private static readonly NumberRules Money = NumberInput.RulesFor("千円", 0);

    [Theory]
    [InlineData("１，２３４．５", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData(" 1 234.5 ", 1234.5)]
    [InlineData("１２３４５６７", 1234567)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("0.5", 0.5)]
    [InlineData("　９８．３０　", 98.30)]
    public void Accepts_full_width_digits_separators_and_spaces(string input, double expected)
    {
        var result = NumberInput.Parse(input, Money);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((decimal)expected, result.Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("1E3")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("'; DROP TABLE Indicators;--")]
    public void Rejects_what_is_not_a_number_with_a_message(string input)
    {
        var result = NumberInput.Parse(input, Money);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Contains("数値として読み取れません", result.Error);
    }

    [Theory]
    [InlineData("４０ｍ", "m", 2, 40)]
    [InlineData("40 m", "m", 2, 40)]
    [InlineData("９８．３％", "%", 2, 98.3)]
    [InlineData("1,234人", "人", 0, 1234)]
    [InlineData("12千円", "千円", 0, 12)]
    [InlineData("34.0ha", "ha", 1, 34)]
    public void Accepts_the_indicators_own_unit_after_the_number_and_drops_it(string input, string unit, int decimals, double expected)
    {
        var result = NumberInput.Parse(input, NumberInput.RulesFor(unit, decimals));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((decimal)expected, result.Value);
    }

    [Theory]
    [InlineData("40km", "m", "単位は入力不要です（単位: m）")]
    [InlineData("４０ｃｍ", "m", "単位は入力不要です（単位: m）")]
    [InlineData("12人", "千円", "単位は入力不要です（単位: 千円）")]
    [InlineData("98.3点", "%", "単位は入力不要です（単位: %）")]
    public void Another_unit_after_the_number_is_refused_naming_the_indicators_unit(string input, string unit, string message)
    {
        var result = NumberInput.Parse(input, NumberInput.RulesFor(unit, 2));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Rejects_ten_thousand_characters_as_too_long()
    {
        var result = NumberInput.Parse(new string('1', 10_000), Money);

        Assert.False(result.Succeeded);
        Assert.Contains("30文字以内", result.Error);
    }

    [Theory]
    [InlineData("1,2345")]
    [InlineData("12,34")]
    [InlineData("1234,567")]
    public void Rejects_misplaced_thousands_separators(string input)
    {
        Assert.Contains("カンマの位置", NumberInput.Parse(input, Money).Error);
    }

    [Fact]
    public void Rejects_a_percentage_over_100()
    {
        var result = NumberInput.Parse("100.5", Percent);

        Assert.False(result.Succeeded);
        Assert.Contains("100%を超える", result.Error);
        Assert.True(NumberInput.Parse("100", Percent).Succeeded);
    }

    [Fact]
    public void Counts_of_people_are_whole_numbers()
    {
        Assert.Contains("整数", NumberInput.Parse("12.5", People).Error);
    }

    [Fact]
    public void Percentages_keep_at_least_two_decimals()
    {
        Assert.True(NumberInput.Parse("98.35", Percent).Succeeded);
        Assert.Contains("2桁まで", NumberInput.Parse("98.351", Percent).Error);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("－５")]
    public void Rejects_negative_values(string input)
    {
        Assert.Contains("マイナス", NumberInput.Parse(input, People).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_input_asks_for_a_number(string? input)
    {
        Assert.Equal("数値を入力してください。", NumberInput.Parse(input, People).Error);
    }

    [Fact]
    public void Huge_numbers_are_rejected()
    {
        Assert.Contains("大きすぎ", NumberInput.Parse("9999999999999999999999999", Money).Error);
    }

    [Fact]
    public void Average_of_a_count_keeps_the_decimals_the_source_prints()
    {
        // 市民一人当たりの貸出冊数 4.8冊 → 5.0冊: 冊 is a count unit, but this row is an average
        var booksPerPerson = NumberInput.Parse("4.9", NumberInput.RulesFor("冊", 1));
        var books = NumberInput.Parse("4.9", NumberInput.RulesFor("冊", 0));

        Assert.True(booksPerPerson.Succeeded, booksPerPerson.Error);
        Assert.Equal(4.9m, booksPerPerson.Value);
        Assert.Equal("冊の値は整数で入力してください。", books.Error);
    }

    [Theory]
    [InlineData("人")]
    [InlineData("頭")]
    [InlineData("件")]
    [InlineData("回")]
    [InlineData("団体")]
    [InlineData("戸")]
    [InlineData("橋")]
    [InlineData("施設")]
    [InlineData("行政区")]
    [InlineData("班")]
    [InlineData("冊")]
    public void Counts_are_whole_numbers_in_every_count_unit(string unit)
    {
        var rules = NumberInput.RulesFor(unit, 0);

        Assert.Equal(0, rules.MaxDecimals);
        Assert.Equal($"{unit}の値は整数で入力してください。", NumberInput.Parse("1.5", rules).Error);
        Assert.Equal(2m, NumberInput.Parse("2", rules).Value);
    }

    [Fact]
    public void Other_units_keep_the_sources_decimals_and_at_least_two()
    {
        Assert.Equal(new NumberRules("km", 2, null, AllowNegative: false), NumberInput.RulesFor("km", 1));
        Assert.Equal(new NumberRules("km", 3, null, AllowNegative: false), NumberInput.RulesFor("km", 3));
        Assert.Equal(new NumberRules("%", 2, 100m, AllowNegative: false), NumberInput.RulesFor("%", 2));
        Assert.Equal("小数点以下は3桁までで入力してください。", NumberInput.Parse("1.2345", NumberInput.RulesFor("km", 3)).Error);
    }

    [Fact]
    public void Thirty_characters_are_read_and_thirty_one_are_too_long()
    {
        var rules = NumberInput.RulesFor("千円", 0);

        Assert.Equal(1m, NumberInput.Parse(new string('0', 29) + "1", rules).Value);
        Assert.Equal("数値は30文字以内で入力してください。", NumberInput.Parse(new string('0', 30) + "1", rules).Error);
    }

    [Fact]
    public void Values_just_below_a_trillion_are_read_and_a_trillion_is_too_large()
    {
        var rules = NumberInput.RulesFor("千円", 0);

        Assert.Equal(999_999_999_999m, NumberInput.Parse("999,999,999,999", rules).Value);
        Assert.Equal("数値が大きすぎます。", NumberInput.Parse("1,000,000,000,000", rules).Error);
    }

    [Fact]
    public void Zero_is_a_value_and_a_negative_one_is_refused()
    {
        var rules = NumberInput.RulesFor("人", 0);

        Assert.Equal(0m, NumberInput.Parse("0", rules).Value);
        Assert.Equal("マイナスの値は入力できません。", NumberInput.Parse("-1", rules).Error);
        Assert.Equal(-1m, NumberInput.Parse("-1", rules with { AllowNegative = true }).Value);
    }

    [Fact]
    public void A_value_over_the_maximum_is_refused_with_the_maximum_and_unit()
    {
        Assert.Equal("100%を超える値は入力できません。", NumberInput.Parse("100.01", NumberInput.RulesFor("%", 2)).Error);
        Assert.Equal(100m, NumberInput.Parse("100", NumberInput.RulesFor("%", 2)).Value);
    }

    [Theory]
    [InlineData("1、234。5", "1,234.5")]   // Japanese separators
    [InlineData("−5", "-5")]
    [InlineData("‐5", "-5")]
    [InlineData("－５", "-5")]
    [InlineData("ー5", "-5")]              // the long vowel mark typed for a minus
    [InlineData(" 1 2\u30003 ", "123")]
    public void Japanese_separators_and_minus_signs_are_read_as_ascii(string typed, string normalized)
    {
        Assert.Equal(normalized, NumberInput.Normalize(typed));
    }
}
