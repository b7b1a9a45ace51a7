using AsoPlan.Core.Input;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class RecordEntryReaderTests
{
    private static readonly NumberRules People = NumberInput.RulesFor("人", 0);
    private static readonly NumberRules Percent = NumberInput.RulesFor("%", 1);

    private static RecordEntryInput Input(params IndicatorEntryInput[] values) =>
        new(values, "研修を実施した。", "B", "概ね計画どおり。", "若手の確保を進める。");

    private static IndicatorEntryInput Value(int id, string? text, NumberRules? rules = null) =>
        new(id, $"指標{id}", rules ?? People, text, NotAvailable: false, NotAvailableReason: null, MeasurementNote: null);

    [Fact]
    public void Full_width_digits_and_separators_are_read()
    {
        var result = RecordEntryReader.Read(Input(Value(1, "１，２３４"), Value(2, "９８．５", Percent)));

        Assert.True(result.Succeeded);
        Assert.Equal([1234m, 98.5m], result.Entry!.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("1e999")]
    [InlineData("<script>alert(1)</script>")]
    public void Non_numbers_are_refused_on_their_indicator(string typed)
    {
        var result = RecordEntryReader.Read(Input(Value(1, "12"), Value(2, typed)));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((EntryField.Value, (int?)2), (error.Field, error.IndicatorId));
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void A_draft_may_leave_a_value_blank()
    {
        var result = RecordEntryReader.Read(Input(Value(1, "  ")) with { DoText = null, SelfRating = null });

        Assert.True(result.Succeeded);
        Assert.Null(result.Entry!.Values[0].Value);
        Assert.NotEmpty(PdcaWorkflow.SubmissionProblems(result.Entry.ToContent()));
    }

    [Fact]
    public void Not_available_needs_a_reason_and_no_value()
    {
        var both = new IndicatorEntryInput(1, "指標1", People, "12", NotAvailable: true, NotAvailableReason: null, MeasurementNote: null);

        var result = RecordEntryReader.Read(Input(both));

        Assert.Equal(
            [(EntryField.Value, (int?)1), (EntryField.NotAvailableReason, (int?)1)],
            result.Errors.Select(e => (e.Field, e.IndicatorId)));
    }

    [Fact]
    public void Not_available_with_a_reason_completes_the_indicator()
    {
        var pending = new IndicatorEntryInput(1, "指標1", People, null, NotAvailable: true, NotAvailableReason: "県の統計が未公表", MeasurementNote: null);

        var result = RecordEntryReader.Read(Input(pending));

        Assert.Equal("県の統計が未公表", result.Entry!.Values[0].NotAvailableReason);
        Assert.Empty(PdcaWorkflow.SubmissionProblems(result.Entry.ToContent()));
    }

    [Fact]
    public void Rating_outside_a_to_d_and_overlong_texts_are_each_reported()
    {
        var input = Input(Value(1, "5")) with { SelfRating = "E", ActionText = new string('x', 10_000) };

        var result = RecordEntryReader.Read(input);

        Assert.Equal([EntryField.SelfRating, EntryField.ActionText], result.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Percentage_over_100_is_refused()
    {
        var result = RecordEntryReader.Read(Input(Value(1, "100.5", Percent)));

        Assert.Contains("100%", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("Ｂ")]
    [InlineData(" b ")]
    public void A_full_width_or_lower_case_rating_is_the_same_rating(string typed)
    {
        var result = RecordEntryReader.Read(Input(Value(1, "5")) with { SelfRating = typed });

        Assert.Equal("B", result.Entry!.SelfRating);
    }
}
