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

    [Fact]
    public void Each_text_is_named_in_its_message()
    {
        var tooLong = new string('x', PdcaWorkflow.MaxTextLength + 1);
        var note = new IndicatorEntryInput(1, "指標1", People, "5", NotAvailable: false, NotAvailableReason: null, MeasurementNote: new string('x', PdcaWorkflow.MaxShortTextLength + 1));
        var input = Input(note) with { DoText = tooLong, SelfRatingReason = tooLong, ActionText = tooLong, SelfRating = "E" };

        var messages = RecordEntryReader.Read(input).Errors.Select(e => e.Message).ToList();

        Assert.Equal(
        [
            "測定方法の補足は500文字以内で入力してください（現在501文字）。",
            "取組実績（Do）は4,000文字以内で入力してください（現在4,001文字）。",
            "自己評価の理由は4,000文字以内で入力してください（現在4,001文字）。",
            "改善・今後の方向性（Action）は4,000文字以内で入力してください（現在4,001文字）。",
            "自己評価はA〜Dから選んでください。",
        ],
            messages);
    }

    [Fact]
    public void Not_available_messages_say_what_to_do()
    {
        var both = new IndicatorEntryInput(1, "指標1", People, "12", NotAvailable: true, NotAvailableReason: null, MeasurementNote: null);
        var reasonOnly = new IndicatorEntryInput(2, "指標2", People, "12", NotAvailable: false, NotAvailableReason: "集計待ち", MeasurementNote: null);

        var messages = RecordEntryReader.Read(Input(both, reasonOnly)).Errors.Select(e => (e.Field, e.IndicatorId, e.Message));

        Assert.Equal(
        [
            (EntryField.Value, (int?)1, "「未確定」にする場合は実績値を空欄にしてください。"),
            (EntryField.NotAvailableReason, (int?)1, "未確定の理由を入力してください。"),
            (EntryField.NotAvailableReason, (int?)2, "未確定の理由は「未確定」を選んだときだけ入力してください。"),
        ],
            messages);
    }

    [Fact]
    public void A_preliminary_value_is_kept_as_such()
    {
        var value = Value(1, "21500") with { Preliminary = true };
        var final = Value(2, "53000") with { Preliminary = false };
        var unsaid = Value(3, "3000");

        var entry = RecordEntryReader.Read(Input(value, final, unsaid)).Entry!;

        Assert.Equal([true, false, null], entry.Values.Select(v => v.Preliminary));
    }

    [Fact]
    public void A_preliminary_mark_needs_a_value()
    {
        const string Message = "「速報値」は実績値を入力したときだけ選んでください。";
        var blank = Value(1, " ") with { Preliminary = true };
        var notAvailable = new IndicatorEntryInput(2, "指標2", People, null, NotAvailable: true, NotAvailableReason: "集計待ち", MeasurementNote: null, Preliminary: true);
        var blankUnmarked = Value(3, null) with { Preliminary = false };

        var result = RecordEntryReader.Read(Input(blank, notAvailable, blankUnmarked));

        Assert.Equal([(EntryField.Value, (int?)1, Message), (EntryField.Value, (int?)2, Message)], result.Errors.Select(e => (e.Field, e.IndicatorId, e.Message)));
    }
}
