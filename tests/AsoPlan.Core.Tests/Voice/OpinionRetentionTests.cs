using AsoPlan.Core.Voice;

namespace AsoPlan.Core.Tests.Voice;

public class OpinionRetentionTests
{
    // 令和8年5月10日 in Japan; fiscal year R8 (2026), kept through R9 (until 2028-03-31).
    private static readonly DateTime ReceivedMay = new(2026, 5, 10, 1, 0, 0, DateTimeKind.Utc);

    private static DateTimeOffset JapanMidnight(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Personal_data_is_kept_until_the_end_of_the_fiscal_year_after_receipt()
    {
        Assert.Equal(1, OpinionRetention.FiscalYearsAfterReceipt);
        Assert.Equal(new DateOnly(2028, 3, 31), OpinionRetention.KeptUntil(ReceivedMay));
    }

    [Fact]
    public void The_fiscal_year_of_receipt_is_read_in_Japan()
    {
        // 2027-03-31 16:00 UTC is already 1 April in Japan: fiscal year R9, so kept until 2029-03-31.
        Assert.Equal(new DateOnly(2029, 3, 31), OpinionRetention.KeptUntil(new DateTime(2027, 3, 31, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2028, 3, 31), OpinionRetention.KeptUntil(new DateTime(2027, 3, 31, 14, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Nothing_is_erased_on_the_last_day_and_the_sender_details_from_the_next()
    {
        Assert.False(OpinionRetention.Due(OpinionState.Published, ReceivedMay, JapanMidnight(2028, 3, 31).AddHours(23), true, true).Any);

        var due = OpinionRetention.Due(OpinionState.Published, ReceivedMay, JapanMidnight(2028, 4, 1), senderDetailsPresent: true, textPresent: true);

        Assert.Equal(new OpinionErasure(SenderDetails: true, Text: false), due);
    }

    [Fact]
    public void The_text_of_an_unpublished_opinion_goes_with_the_sender_details()
    {
        Assert.Equal(new OpinionErasure(true, true), OpinionRetention.Due(OpinionState.NotPublished, ReceivedMay, JapanMidnight(2028, 4, 1), true, true));
    }

    [Fact]
    public void An_opinion_still_being_handled_keeps_its_text_but_not_the_senders_details()
    {
        Assert.Equal(new OpinionErasure(true, false), OpinionRetention.Due(OpinionState.Assigned, ReceivedMay, JapanMidnight(2028, 4, 1), true, true));
    }

    [Fact]
    public void What_is_already_erased_or_deleted_is_not_erased_again()
    {
        Assert.Same(OpinionErasure.Nothing, OpinionRetention.Due(OpinionState.Deleted, ReceivedMay, JapanMidnight(2030, 1, 1), true, true));
        Assert.False(OpinionRetention.Due(OpinionState.NotPublished, ReceivedMay, JapanMidnight(2030, 1, 1), false, false).Any);
    }

    [Fact]
    public void A_receipt_number_names_the_year_the_count_and_a_random_check()
    {
        var check = ReceiptNumber.NewCheck();

        Assert.Equal(ReceiptNumber.CheckLength, check.Length);
        Assert.DoesNotContain(check, c => c is '0' or 'O' or '1' or 'I' or 'L');
        Assert.Equal($"R8-00042-{check}", ReceiptNumber.Format(2026, 42, check));
    }
}
