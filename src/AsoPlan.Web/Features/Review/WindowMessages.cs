using System.Globalization;
using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Web.Features.Review;

/// <summary>The one line the windows page shows after a change: what was done, in the words of the button pressed.</summary>
public static class WindowMessages
{
    public static string Outcome(int year, bool open, string? deadlineText, WindowChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var label = new FiscalYear(year).ToWareki();
        var deadline = DateOnly.TryParseExact(deadlineText?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"締切 {JapanCalendar.WarekiDate(d)}" : "締切日なし";
        if (!result.Changed)
        {
            return $"{label}の受付状況に変更はありません。";
        }

        if (!open)
        {
            return $"{label}の入力受付を終了しました。";
        }

        if (!result.Opened)
        {
            return $"{label}の締切日を更新しました（{deadline}）。";
        }

        return result.RemindersSent > 0
            ? $"{label}の入力受付を開始しました。未提出の記録がある{result.RemindersSent}課に案内メールを送信しました。"
            : $"{label}の入力受付を開始しました。";
    }
}
