using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Tests.Security;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+81 967", "'+81 967")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("-12.5", "-12.5")] // a negative number stays a number
    [InlineData("-", "-")] // the plan's mark for "no baseline" cannot start a formula
    [InlineData("98.30", "98.30")]
    [InlineData("ごみの量", "ごみの量")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    public void Text_that_would_start_a_formula_gets_an_apostrophe_and_numbers_stay(string text, string written) =>
        Assert.Equal(written, CsvText.Field(text).Text);

    [Fact]
    public void Numbers_are_written_as_numbers_with_the_given_decimals()
    {
        Assert.Equal("-3.50", CsvText.Field(-3.5m, 2).Text);
        Assert.Equal("-0.25", CsvText.Field(-0.25m).Text);
        Assert.Equal("2021", CsvText.Field(2021).Text);
    }
}
