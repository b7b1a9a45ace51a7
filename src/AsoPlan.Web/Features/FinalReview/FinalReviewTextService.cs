using AsoPlan.Core.Periods;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>What the 総括 texts are about: the whole period (<see cref="MeasureNumber"/> null) or one measure of it.</summary>
public sealed record ReviewTarget(int PeriodId, string PeriodCode, string PeriodName, int? MeasureId, int? MeasureNumber, string Label)
{
    public string AuditKey => FinalReviewTexts.AuditKey(PeriodCode, MeasureNumber);

    public string Path => $"/planning/period/review/{(MeasureNumber is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "period")}";
}

/// <summary>A 総括 text as the planning office sees it: the approved words, the draft waiting, who wrote and approved.</summary>
public sealed record ReviewTextState(ReviewTarget Target, string? Results, string? Issues, bool HasDraft, string? DraftResults, string? DraftIssues, Guid Version, string? UpdatedBy, DateTime? UpdatedAt, string? ApprovedBy, DateTime? ApprovedAt)
{
    /// <summary>未入力 / 下書き（承認待ち） / 承認済 / 承認済（修正の下書きが承認待ち）.</summary>
    public string StateLabel => (HasDraft, ApprovedAt) switch
    {
        (true, null) => "下書き（承認待ち）",
        (true, _) => "承認済（修正の下書きが承認待ち）",
        (false, not null) => "承認済",
        _ => "未入力",
    };
}

/// <summary>
/// Writes and approves the planning office's 総括 texts of the current period (<see cref="FinalReviewTexts"/>): a draft
/// and its audit row in one save, an approval by someone who did not write it, audited likewise. The public reads only
/// approved words (<see cref="FinalReviewQuery"/>).
/// </summary>
public sealed class FinalReviewTextService(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The whole period and every measure of the current period, with their texts' state.</summary>
    public async Task<IReadOnlyList<ReviewTextState>> ListAsync(CancellationToken cancellationToken)
    {
        var targets = await TargetsAsync(null, all: true, cancellationToken);
        var texts = targets.Count == 0 ? new Dictionary<int, FinalReviewText>() : await TextsAsync(targets[0].PeriodId, cancellationToken);
        return [.. targets.Select(t => StateOf(t, texts.GetValueOrDefault(t.MeasureId ?? 0)))];
    }

    /// <summary>One target ("period" or a measure number of the current period), or null when there is none.</summary>
    public async Task<ReviewTextState?> FindAsync(string target, CancellationToken cancellationToken)
    {
        if (!TryParse(target, out var measureNumber))
        {
            return null;
        }

        var found = (await TargetsAsync(measureNumber, all: false, cancellationToken)).SingleOrDefault();
        return found is null ? null : StateOf(found, (await TextsAsync(found.PeriodId, cancellationToken)).GetValueOrDefault(found.MeasureId ?? 0));
    }

    /// <summary>Saves a draft; the messages per field (Results, Issues) when refused, nothing stored.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(ReviewTarget target, string? results, string? issues, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (r, i, problems) = FinalReviewTexts.Check(results, issues);
        if (problems.Count > 0)
        {
            return problems;
        }

        var text = await TextAsync(target, cancellationToken);
        if (text is null)
        {
            text = new FinalReviewText { PlanPeriodId = target.PeriodId, MeasureId = target.MeasureId };
            db.FinalReviewTexts.Add(text);
        }

        var before = new { text.HasDraft, Results = text.DraftResults, Issues = text.DraftIssues };
        (text.DraftResults, text.DraftIssues, text.HasDraft) = (r, i, true);
        (text.UpdatedAt, text.UpdatedBy, text.Version) = (clock.GetUtcNow().UtcDateTime, actor, Guid.NewGuid());
        audit.Record(actor, FinalReviewTexts.SaveAction, FinalReviewTexts.EntityType, target.AuditKey, before, new { Results = r, Issues = i });
        await db.SaveChangesAsync(cancellationToken);
        return new Dictionary<string, string>();
    }

    /// <summary>Approves the draft the approver read (<paramref name="version"/>); why not, in Japanese, when refused.</summary>
    public async Task<string?> ApproveAsync(ReviewTarget target, Guid version, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var text = await TextAsync(target, cancellationToken);
        if (text is null)
        {
            return "承認を待っている下書きはありません。";
        }

        if (FinalReviewTexts.ApproveProblem(text, version, actor, await HistoryAsync(target, cancellationToken)) is { } problem)
        {
            return problem;
        }

        var before = new { text.Results, text.Issues };
        FinalReviewTexts.Approve(text, actor, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, FinalReviewTexts.ApproveAction, FinalReviewTexts.EntityType, target.AuditKey, before, new { text.Results, text.Issues });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Whether <paramref name="actor"/> wrote the draft now waiting (and so may not approve it).</summary>
    public async Task<bool> WroteDraftAsync(ReviewTarget target, string actor, CancellationToken cancellationToken) =>
        FinalReviewTexts.Editors(await HistoryAsync(target, cancellationToken)).Contains(actor);

    /// <summary>The text's audit trail, oldest first.</summary>
    private async Task<List<(string Action, string Actor)>> HistoryAsync(ReviewTarget target, CancellationToken cancellationToken) =>
        [.. (await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == FinalReviewTexts.EntityType && e.EntityKey == target.AuditKey)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.Actor })
            .ToListAsync(cancellationToken))
            .Select(e => (e.Action, e.Actor))];

    private static bool TryParse(string target, out int? measureNumber)
    {
        measureNumber = null;
        if (target == "period")
        {
            return true;
        }

        var ok = int.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0;
        measureNumber = ok ? n : null;
        return ok;
    }

    /// <summary>The current period's targets: all of them, or the one for <paramref name="measureNumber"/> (null = the whole period).</summary>
    private async Task<List<ReviewTarget>> TargetsAsync(int? measureNumber, bool all, CancellationToken cancellationToken)
    {
        var period = await db.PlanPeriods.AsNoTracking().Where(p => p.IsCurrent).Select(p => new { p.Id, p.Code, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return [];
        }

        var whole = new ReviewTarget(period.Id, period.Code, period.Name, null, null, $"{period.Name}全体");
        if (!all && measureNumber is null)
        {
            return [whole];
        }

        var measures = (await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == period.Id && (all || m.Number == measureNumber))
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title })
            .ToListAsync(cancellationToken))
            .Select(m => new ReviewTarget(period.Id, period.Code, period.Name, m.Id, m.Number, FormattableString.Invariant($"実施施策{m.Number} {m.Title}")))
            .ToList();
        return all ? [whole, .. measures] : measures;
    }

    private async Task<Dictionary<int, FinalReviewText>> TextsAsync(int periodId, CancellationToken cancellationToken) =>
        (await db.FinalReviewTexts.AsNoTracking().Where(t => t.PlanPeriodId == periodId).ToListAsync(cancellationToken))
            .ToDictionary(t => t.MeasureId ?? 0);

    private Task<FinalReviewText?> TextAsync(ReviewTarget target, CancellationToken cancellationToken) =>
        db.FinalReviewTexts.SingleOrDefaultAsync(t => t.PlanPeriodId == target.PeriodId && t.MeasureId == target.MeasureId, cancellationToken);

    private static ReviewTextState StateOf(ReviewTarget target, FinalReviewText? text) => text is null
        ? new ReviewTextState(target, null, null, false, null, null, Guid.Empty, null, null, null, null)
        : new ReviewTextState(target, text.Results, text.Issues, text.HasDraft, text.DraftResults, text.DraftIssues, text.Version, text.UpdatedBy, text.UpdatedAt, text.ApprovedBy, text.ApprovedAt);
}
