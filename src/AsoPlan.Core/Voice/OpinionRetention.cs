using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Voice;

/// <summary>What a retention run erases from an opinion: the sender's details (name, age group, district), the text too, or nothing.</summary>
public sealed record OpinionErasure(bool SenderDetails, bool Text)
{
    public static OpinionErasure Nothing { get; } = new(false, false);

    public bool Any => SenderDetails || Text;
}

/// <summary>
/// How long an opinion's personal data is kept. The opinions of a fiscal year are summarised (counts by age group and
/// district) in the next year's evaluation, which is made during that next fiscal year; after it nothing needs them. So
/// the sender's name, age group and district, and the text of an opinion that was not published, are kept until the end
/// of the fiscal year after the one in which the opinion was received (at most two years: an opinion of 令和8年5月 is
/// kept until 令和10年3月31日) and erased from the next day. A published opinion and its reply are the city's public
/// record and stay; a deletion request erases everything at once, whatever this says. To be confirmed against the
/// city's 文書管理規程 before going live (docs/citizen-voice.md).
/// </summary>
public static class OpinionRetention
{
    /// <summary>Whole fiscal years kept after the fiscal year of receipt.</summary>
    public const int FiscalYearsAfterReceipt = 1;

    /// <summary>The last day (in Japan) the personal data of an opinion received at <paramref name="receivedAtUtc"/> is kept.</summary>
    public static DateOnly KeptUntil(DateTime receivedAtUtc)
    {
        var received = JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(receivedAtUtc, DateTimeKind.Utc)));
        return new FiscalYear(FiscalYear.Containing(received).Year + FiscalYearsAfterReceipt).LastDay;
    }

    /// <summary>
    /// What is due for erasure now. An opinion still being handled loses the sender's details on time but keeps its text
    /// until it is decided (the next run erases it if it ends 非公表); erased data is not erased twice.
    /// </summary>
    public static OpinionErasure Due(OpinionState state, DateTime receivedAtUtc, DateTimeOffset now, bool senderDetailsPresent, bool textPresent)
    {
        if (state == OpinionState.Deleted || JapanCalendar.Today(now) <= KeptUntil(receivedAtUtc))
        {
            return OpinionErasure.Nothing;
        }

        return new OpinionErasure(senderDetailsPresent, textPresent && state == OpinionState.NotPublished);
    }
}
