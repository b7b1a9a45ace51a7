using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Tests.FiscalYears;

public sealed class FiscalYearTextTests
{
    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("２０２４", 2024)]
    [InlineData(" 2023年度 ", 2023)]
    [InlineData("令和6年度", 2024)]
    [InlineData("令和６", 2024)]
    [InlineData("令和元年度", 2019)]
    [InlineData("R3", 2021)]
    [InlineData("Ｒ５年度", 2023)]
    [InlineData("H30", 2018)]
    [InlineData("平成31年度", 2019)]
    public void A_year_written_as_a_person_or_a_finance_system_writes_it_is_read(string text, int expected) =>
        Assert.Equal(expected, FiscalYearText.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024.5")]
    [InlineData("令和")]
    [InlineData("平成32年度")]
    [InlineData("昭和60年度")]
    [InlineData("来年度")]
    public void Anything_else_is_not_a_year(string? text) => Assert.Null(FiscalYearText.Parse(text));
}
