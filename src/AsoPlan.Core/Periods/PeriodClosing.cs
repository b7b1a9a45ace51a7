using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Periods;

/// <summary>
/// How a plan period's closing is decided as it stands: closed by the planning office (with a reason), reopened by it
/// (with a reason), or neither. Null fields mean the office never did either.
/// </summary>
/// <param name="ClosedAt">UTC time of the latest explicit closing.</param>
/// <param name="ReopenedAt">UTC time of the latest reopening.</param>
public sealed record PeriodClosure(DateTime? ClosedAt, DateTime? ReopenedAt);

/// <summary>
/// When a plan period is finished (issue 22): the planning office closes it with a reason, or it closes by itself once
/// every record of its target year is approved. A reopening (with a reason) undoes either until the office closes it
/// again. A closed period's years get no entry window: its results are final.
/// </summary>
public static class PeriodClosing
{
    public const int MaxReasonLength = PdcaWorkflow.MaxShortTextLength;

    /// <param name="targetYearAllApproved">Every measure that owes a record for the period's last year has it approved.</param>
    public static bool IsClosed(PeriodClosure closure, bool targetYearAllApproved)
    {
        ArgumentNullException.ThrowIfNull(closure);
        return (closure.ClosedAt, closure.ReopenedAt) switch
        {
            ({ } closed, { } reopened) => closed > reopened,
            ({ }, null) => true,
            (null, { }) => false,
            (null, null) => targetYearAllApproved,
        };
    }

    /// <summary>Why a window for <paramref name="fiscalYear"/> may not be opened, or null when it may.</summary>
    public static string? OpenWindowProblem(bool periodClosed, int startFiscalYear, int endFiscalYear, int fiscalYear) =>
        periodClosed && fiscalYear >= startFiscalYear && fiscalYear <= endFiscalYear
            ? $"{new FiscalYear(fiscalYear).ToWareki()}の計画期間は終了しています。入力期間を開くには、先に計画期間を理由を付けて再開してください。"
            : null;

    /// <summary>The reason a closing or reopening needs: required, one paragraph of at most 500 characters.</summary>
    public static TextCheck Reason(string? input, bool reopening) =>
        TextInput.Check(input, reopening ? "再開の理由" : "終了の理由", MaxReasonLength, required: true);
}
