using AsoPlan.Core.Budget;

namespace AsoPlan.Core.Tests.Budget;

/// <summary>An amount read by itself (the finance system's file) follows the form's rules for that field.</summary>
public sealed class ProjectAmountTests
{
    [Theory]
    [InlineData(ProjectFields.InitialBudget, "１２，０００", 12000)]
    [InlineData(ProjectFields.Settlement, "4000千円", 4000)]
    [InlineData(ProjectFields.SupplementaryBudget, "-500", -500)]
    public void An_amount_is_read_as_the_form_reads_it(string field, string text, int expected)
    {
        var (value, error) = ProjectEntryReader.ReadAmount(field, text);
        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(ProjectFields.InitialBudget, "約1万", "当初予算額: 数値として読み取れません。")]
    [InlineData(ProjectFields.Settlement, "-100", "決算額: ")]
    [InlineData(ProjectFields.GeneralFunds, "10.5", "財源内訳（一般財源）: ")]
    public void A_wrong_amount_gets_the_message_naming_its_field(string field, string text, string message)
    {
        var (value, error) = ProjectEntryReader.ReadAmount(field, text);
        Assert.Null(value);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_amount_is_no_value_and_no_error() => Assert.Equal((null, null), ProjectEntryReader.ReadAmount(ProjectFields.Settlement, " "));
}
