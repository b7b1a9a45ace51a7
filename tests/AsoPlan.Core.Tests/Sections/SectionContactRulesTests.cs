using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Tests.Sections;

/// <summary>A section's 問い合わせ先 as an administrator types it (docs/public-portal.md): optional, cleaned, or a message.</summary>
public class SectionContactRulesTests
{
    private const string PhoneMessage = "電話番号は数字とハイフンで入力してください（例: 0967-22-3111、内線は「0967-22-3111（内線123）」）。";
    private const string EmailMessage = "メールアドレスの形式で入力してください（例: kikaku@city.aso.lg.jp）。";

    [Theory]
    [InlineData("0967-22-3111", "0967-22-3111")]
    [InlineData("　０９６７－２２－３１１１　", "0967-22-3111")]          // full width, spaces around
    [InlineData("0967-22-3111（内線123）", "0967-22-3111(内線123)")]
    [InlineData("0967 22 3111", "0967 22 3111")]
    [InlineData("123456", "123456")]                                      // six digits are enough
    public void A_phone_number_is_kept_cleaned(string typed, string stored)
    {
        Assert.Equal((stored, (string?)null), SectionContactRules.Phone(typed));
    }

    [Theory]
    [InlineData("12345")]                 // too few digits
    [InlineData("0967-22-311a")]
    [InlineData("-0967-22-3111")]
    [InlineData("電話 0967-22-3111")]
    [InlineData("0967-22-3111-0967-22-3111-0967-22-3111111")] // 41 characters
    public void Anything_else_is_refused_with_what_to_type(string typed)
    {
        Assert.Equal(((string?)null, PhoneMessage), SectionContactRules.Phone(typed));
    }

    [Fact]
    public void Forty_characters_are_still_a_phone_number()
    {
        var forty = "0967-22-3111-0967-22-3111-0967-22-311111"[..40];

        Assert.Equal(40, forty.Length);
        Assert.Equal((forty, (string?)null), SectionContactRules.Phone(forty));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("　")]
    public void An_empty_field_means_not_set(string? typed)
    {
        Assert.Equal(((string?)null, (string?)null), SectionContactRules.Phone(typed));
        Assert.Equal(((string?)null, (string?)null), SectionContactRules.Email(typed));
        Assert.Equal(((string?)null, (string?)null), SectionContactRules.Office(typed));
    }

    [Theory]
    [InlineData("kikaku@city.aso.lg.jp", "kikaku@city.aso.lg.jp")]
    [InlineData(" ｋｉｋａｋｕ＠city.aso.lg.jp ", "kikaku@city.aso.lg.jp")]
    public void An_email_address_is_kept_cleaned(string typed, string stored)
    {
        Assert.Equal((stored, (string?)null), SectionContactRules.Email(typed));
    }

    [Theory]
    [InlineData("kikaku")]
    [InlineData("kikaku@localhost")]              // no dot: not a city address
    [InlineData("企画 <kikaku@city.aso.lg.jp>")]   // a display name is not an address
    [InlineData("kikaku@@city.aso.lg.jp")]
    public void Anything_but_an_address_is_refused(string typed)
    {
        Assert.Equal(((string?)null, EmailMessage), SectionContactRules.Email(typed));
    }

    [Fact]
    public void An_address_may_be_254_characters_and_no_more()
    {
        var at254 = new string('a', 254 - "@city.aso.lg.jp".Length) + "@city.aso.lg.jp";
        var at255 = "a" + at254;

        Assert.Equal(254, at254.Length);
        Assert.Null(SectionContactRules.Email(at254).Message);
        Assert.Equal(EmailMessage, SectionContactRules.Email(at255).Message);
    }

    [Fact]
    public void An_office_is_one_line_of_at_most_200_characters()
    {
        Assert.Equal(("阿蘇市役所 本庁舎2階", (string?)null), SectionContactRules.Office("  阿蘇市役所 本庁舎2階 "));
        Assert.Equal((new string('庁', 200), (string?)null), SectionContactRules.Office(new string('庁', 200)));
        Assert.Equal(((string?)null, "場所は200文字以内で、改行を含めずに入力してください。"), SectionContactRules.Office(new string('庁', 201)));
        Assert.Equal(((string?)null, "場所は200文字以内で、改行を含めずに入力してください。"), SectionContactRules.Office("本庁舎\n2階"));
    }

    [Fact]
    public void A_section_has_a_contact_when_any_field_is_set()
    {
        Assert.False(Section().HasContact);
        Assert.True(Section(phone: "0967-22-3111").HasContact);
        Assert.True(Section(email: "kikaku@city.aso.lg.jp").HasContact);
        Assert.True(Section(office: "本庁舎2階").HasContact);
        Assert.True(Section("0967-22-3111", "kikaku@city.aso.lg.jp", "本庁舎2階").HasContact);
    }

    private static Section Section(string? phone = null, string? email = null, string? office = null) =>
        new() { Code = "kikaku", Name = "政策防災課", Roles = string.Empty, ContactPhone = phone, ContactEmail = email, ContactOffice = office };
}
