using AsoPlan.Core.Voice;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionTextsTests
{
    [Fact]
    public void A_draft_reply_must_say_something_and_fit()
    {
        Assert.Equal("市の考え方を入力してください。", OpinionTexts.Reply(" \r\n").Error);
        Assert.Equal("市の考え方は4,000文字以内で入力してください（現在4,001文字）。", OpinionTexts.Reply(new string('あ', 4001)).Error);
        Assert.Equal("歩道の拡幅は令和9年度に設計を予定しています。", OpinionTexts.Reply(" 歩道の拡幅は令和9年度に設計を予定しています。 ").Text);
    }

    [Fact]
    public void Sending_a_reply_back_needs_a_comment()
    {
        Assert.Equal("担当課へのコメントを入力してください。", OpinionTexts.ReturnComment(null).Error);
        Assert.True(OpinionTexts.ReturnComment("事業の予定年度を明記してください。").Succeeded);
    }

    [Fact]
    public void Only_other_needs_a_note_and_every_note_fits_in_five_hundred_characters()
    {
        Assert.True(OpinionTexts.WithholdNote(NotPublishedReason.PersonalInformation, null).Succeeded);
        Assert.Equal("非公表の理由の補足を入力してください。", OpinionTexts.WithholdNote(NotPublishedReason.Other, "").Error);
        Assert.Equal("非公表の理由の補足は500文字以内で入力してください（現在501文字）。", OpinionTexts.WithholdNote(NotPublishedReason.OffTopic, new string('a', 501)).Error);
    }

    [Fact]
    public void A_deletion_records_how_it_was_asked_for()
    {
        Assert.Equal("削除の依頼の内容を入力してください。", OpinionTexts.DeletionRequest(" ").Error);
        Assert.True(OpinionTexts.DeletionRequest("令和8年12月7日 電話で受付番号と内容を確認").Succeeded);
    }
}
