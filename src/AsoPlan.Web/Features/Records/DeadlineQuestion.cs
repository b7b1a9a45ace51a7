using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Web.Features.Records;

/// <summary>
/// What the planning office is asked before an entry window gets a deadline that is today or already past, with the
/// dates in wareki: such a window would show staff a deadline they cannot meet, and a past one sends no opening notice.
/// </summary>
public sealed record DeadlineQuestion(DateOnly Deadline, string Message, string ConfirmLabel)
{
    public static DeadlineQuestion? For(DateOnly deadline, DateTimeOffset now, bool opening)
    {
        var daysLeft = JapanCalendar.DaysUntil(deadline, now);
        if (daysLeft > 0)
        {
            return null;
        }

        var date = JapanCalendar.WarekiDate(deadline);
        var today = JapanCalendar.WarekiDate(JapanCalendar.Today(now));
        var message = daysLeft == 0
            ? $"締切日の{date}は本日です。各課が入力できるのは本日中だけになります。この締切日でよろしいですか。"
            : $"締切日の{date}は、本日（{today}）より前の日付です。各課には締切を過ぎた年度として表示され、受付開始の案内メールも締切が近いことのお知らせも送信されません。この締切日でよろしいですか。";
        return new DeadlineQuestion(deadline, message, opening ? "この締切日で受付を開始する" : "この締切日で更新する");
    }
}
