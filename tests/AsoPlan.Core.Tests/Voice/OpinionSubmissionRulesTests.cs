using AsoPlan.Core.Voice;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionSubmissionRulesTests
{
    private const string Opinion = "阿蘇駅前の歩道が狭く、通学の時間帯は危ないと感じます。拡幅の予定を知りたいです。";

    private static OpinionSubmissionCheck Check(string? text, string? age = null, string? district = null, string? name = null, bool consent = true, string? trap = null) =>
        OpinionSubmissionRules.Check(new OpinionSubmission(text, age, district, name, consent, trap));

    [Fact]
    public void A_plain_opinion_is_accepted_with_its_choices_and_the_name_apart()
    {
        var check = Check("  " + Opinion + "\r\n", "40s", "ichinomiya", " 阿蘇 太郎 ", consent: false);

        Assert.True(check.Succeeded);
        Assert.Empty(check.Problems);
        var opinion = check.Opinion!;
        Assert.Equal(Opinion, opinion.Text);
        Assert.Equal("40s", opinion.AgeGroup);
        Assert.Equal("ichinomiya", opinion.District);
        Assert.Equal("阿蘇 太郎", opinion.Name);
        Assert.False(opinion.ConsentToPublish);
        Assert.Equal(OpinionDuplicates.Fingerprint(Opinion), opinion.Fingerprint);
    }

    [Fact]
    public void Everything_but_the_text_is_optional()
    {
        var opinion = Check(Opinion, age: " ", district: "", name: null).Opinion!;

        Assert.Null(opinion.AgeGroup);
        Assert.Null(opinion.District);
        Assert.Null(opinion.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n\t")]
    public void An_empty_opinion_is_refused_beside_the_text(string? text)
    {
        var problem = Assert.Single(Check(text).Problems);

        Assert.Equal(OpinionSubmissionRules.Fields.Text, problem.Field);
        Assert.Equal("ご意見を入力してください。", problem.Message);
    }

    [Theory]
    [InlineData("。。。！？")]
    [InlineData("\u200B\u200B")]
    [InlineData("★ ☆ ♪")]
    public void Punctuation_symbols_or_invisible_characters_alone_are_not_an_opinion(string text)
    {
        var check = Check(text);

        Assert.False(check.Succeeded);
        Assert.Equal("ご意見の内容を入力してください（記号や空白だけでは送信できません）。", Assert.Single(check.Problems).Message);
    }

    [Fact]
    public void Two_thousand_characters_are_accepted_and_one_more_is_refused_with_the_count()
    {
        Assert.True(Check(new string('あ', 2000)).Succeeded);

        var problem = Assert.Single(Check(new string('あ', 2001)).Problems);
        Assert.Equal("ご意見は2,000文字以内で入力してください（現在2,001文字）。", problem.Message);
    }

    [Fact]
    public void A_line_break_counts_as_one_character_whatever_the_browser_sends()
    {
        var text = string.Join("\r\n", Enumerable.Repeat(new string('あ', 99), 20));

        Assert.Equal(1999, text.Replace("\r\n", "\n", StringComparison.Ordinal).Length);
        Assert.True(Check(text).Succeeded);
    }

    [Fact]
    public void Two_links_are_fine_and_a_third_is_refused_also_in_full_width()
    {
        Assert.True(Check("詳しくは https://www.city.aso.kumamoto.jp/ と http://example.jp/map をご覧ください。").Succeeded);

        Assert.Equal(2, OpinionSubmissionRules.LinkCount("https://www.city.aso.kumamoto.jp/のページとwww.example.jpを見ました"));
        var problem = Assert.Single(Check("ｈｔｔｐｓ：／／a.example と https://b.example と www.c.example").Problems);
        Assert.Equal(OpinionSubmissionRules.Fields.Text, problem.Field);
        Assert.Equal("ご意見に含められるURL（リンク）は2件までです（現在3件）。", problem.Message);
    }

    [Fact]
    public void Control_characters_are_refused()
    {
        Assert.Equal("ご意見に使用できない制御文字が含まれています。", Assert.Single(Check("ご意見\u0007です").Problems).Message);
    }

    [Fact]
    public void A_choice_not_on_the_list_is_named_beside_its_field_and_every_problem_is_listed()
    {
        var check = Check("", "teen", "kumamoto", new string('名', 51));

        Assert.False(check.Succeeded);
        Assert.Null(check.Opinion);
        Assert.Equal(
            [
                (OpinionSubmissionRules.Fields.Text, "ご意見を入力してください。"),
                (OpinionSubmissionRules.Fields.AgeGroup, "年代は一覧から選んでください。"),
                (OpinionSubmissionRules.Fields.District, "お住まいの地区は一覧から選んでください。"),
                (OpinionSubmissionRules.Fields.Name, "お名前は50文字以内で入力してください（現在51文字）。"),
            ],
            check.Problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void A_name_on_two_lines_is_refused()
    {
        Assert.Equal("お名前は改行を含めずに入力してください。", Assert.Single(Check(Opinion, name: "阿蘇\n太郎").Problems).Message);
    }

    [Fact]
    public void The_districts_are_the_three_of_the_city_and_outside_it()
    {
        Assert.Equal(["阿蘇地区", "一の宮地区", "波野地区", "市外"], SenderAttributes.Districts.Select(d => d.Label));
        Assert.Equal("波野地区", SenderAttributes.DistrictLabel("namino"));
        Assert.Null(SenderAttributes.DistrictLabel("kumamoto"));
        Assert.Equal("80歳以上", SenderAttributes.AgeGroupLabel("80plus"));
        Assert.Equal(SenderAttributes.AgeGroups.Count, SenderAttributes.AgeGroups.Select(a => a.Code).Distinct().Count());
    }

    [Fact]
    public void A_filled_hidden_field_stores_nothing_and_asks_to_send_again()
    {
        var check = Check(Opinion, trap: "http://spam.example");

        Assert.False(check.Succeeded);
        var problem = Assert.Single(check.Problems);
        Assert.Equal(OpinionSubmissionRules.Fields.Form, problem.Field);
        Assert.Equal(OpinionSubmissionRules.TrapMessage, problem.Message);
    }
}
