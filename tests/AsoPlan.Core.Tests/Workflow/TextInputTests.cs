using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Workflow;

public class TextInputTests
{
    [Fact]
    public void Crlf_counts_as_one_character_per_line_break()
    {
        var text = string.Join("\r\n", Enumerable.Repeat("あ", 6));

        var check = TextInput.Check(text, "取組実績", maxLength: 11);

        Assert.True(check.Succeeded);
        Assert.Equal(string.Join("\n", Enumerable.Repeat("あ", 6)), check.Text);
    }

    [Fact]
    public void Ten_thousand_characters_are_refused_with_the_limit_and_the_count()
    {
        var check = TextInput.Check(new string('あ', 10_000), "取組実績（Do）", PdcaWorkflow.MaxTextLength);

        Assert.False(check.Succeeded);
        Assert.Equal("取組実績（Do）は4,000文字以内で入力してください（現在10,000文字）。", check.Error);
    }

    [Fact]
    public void Control_characters_are_refused()
    {
        var check = TextInput.Check("実績\u0000あり", "取組実績", 100);

        Assert.Equal("取組実績に使用できない制御文字が含まれています。", check.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  \r\n ")]
    public void Blank_is_null_unless_required(string? input)
    {
        Assert.Null(TextInput.Check(input, "コメント", 100).Text);
        Assert.True(TextInput.Check(input, "コメント", 100).Succeeded);
        Assert.Equal("コメントを入力してください。", TextInput.Check(input, "コメント", 100, required: true).Error);
    }

    [Fact]
    public void Markup_is_kept_as_text_for_the_page_to_encode()
    {
        Assert.Equal("<script>alert(1)</script>", TextInput.Check("<script>alert(1)</script>", "取組実績", 100).Text);
    }
}
