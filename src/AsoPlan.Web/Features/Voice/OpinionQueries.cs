using System.Globalization;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// The staff side's reads: the planning office's queue (every opinion, filtered), a section's list (only what is assigned
/// to it now) and one opinion with its trail. The sender's name is read only when the caller may see it.
/// </summary>
public sealed class OpinionQueries(AsoPlanDbContext db)
{
    public const int ExcerptLength = 60;

    public async Task<OpinionQueuePage> QueueAsync(string? state, string? measure, string? year, CancellationToken cancellationToken = default)
    {
        var notices = new List<string>();
        if (!string.IsNullOrEmpty(state) && !OpinionQueueFilter.IsState(state))
        {
            notices.Add($"状態「{state}」は選べません。{OpinionQueueFilter.Label(OpinionQueueFilter.Waiting)}を表示しています。");
        }

        var measures = await db.Measures.AsNoTracking().Where(m => m.Policy!.PlanPeriod!.IsCurrent).OrderBy(m => m.Number)
            .Select(m => new MeasureChoice(m.Number, m.Title)).ToListAsync(cancellationToken);
        var years = await db.Opinions.AsNoTracking().Select(o => o.ReceiptYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var measureNumber = Choose(measure, measures.Select(m => m.Number), "実施施策", notices);
        var fiscalYear = Choose(year, years, "年度", notices);
        var filter = new OpinionQueueFilter(OpinionQueueFilter.IsState(state) ? state! : OpinionQueueFilter.Waiting, measureNumber, fiscalYear);

        var scope = db.Opinions.AsNoTracking().Where(o => o.Measure!.Policy!.PlanPeriod!.IsCurrent);
        scope = measureNumber is { } n ? scope.Where(o => o.Measure!.Number == n) : scope;
        scope = fiscalYear is { } fy ? scope.Where(o => o.ReceiptYear == fy) : scope;
        var all = await Rows(scope).ToListAsync(cancellationToken);
        var counts = OpinionQueueFilter.Keys.Select(k => new OpinionCount(k, OpinionQueueFilter.Label(k), all.Count(r => filter.With(k).Includes(r.State)))).ToList();
        var rows = all.Where(r => filter.Includes(r.State)).OrderBy(r => r.ReceivedAt).ToList();
        return new OpinionQueuePage(filter, counts, rows, measures, years, notices);
    }

    /// <summary>What a section has now: the opinions assigned to it, waiting ones first.</summary>
    public async Task<IReadOnlyList<OpinionRow>> OfSectionAsync(int sectionId, CancellationToken cancellationToken = default) =>
        [.. (await Rows(db.Opinions.AsNoTracking().Where(o => o.AssignedSectionId == sectionId)).ToListAsync(cancellationToken))
            .OrderBy(r => r.State == OpinionState.Assigned ? 0 : r.State == OpinionState.Replied ? 1 : 2)
            .ThenBy(r => r.ReceivedAt)];

    public async Task<OpinionDetail?> DetailAsync(long id, bool withSenderName, CancellationToken cancellationToken = default)
    {
        var detail = await db.Opinions.AsNoTracking().Where(o => o.Id == id).Select(o => new OpinionDetail(
                o.Id, o.ReceiptYear, o.ReceiptSequence, o.ReceiptCheck, o.Version, o.State, o.ReceivedAt, o.Measure!.Number, o.Measure.Title,
                o.Measure.OwnerSectionId, o.Measure.OwnerSection!.Name, o.Text, o.AgeGroup, o.District, withSenderName ? o.SenderName : null,
                o.ConsentToPublish, o.DuplicateOfId, o.AssignedSectionId, o.AssignedSection!.Name, o.ReplyText, o.ReplyReturnComment,
                o.NotPublishedReason, o.NotPublishedNote, o.PublishedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var trail = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == OpinionActions.EntityType && a.EntityKey == detail.Receipt)
            .OrderBy(a => a.Id)
            .Select(a => new OpinionTrailLine(a.At, a.Actor, a.Action, a.After))
            .ToListAsync(cancellationToken);
        return detail with { Trail = trail };
    }

    public async Task<IReadOnlyList<SectionChoice>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new SectionChoice(s.Id, s.Name)).ToListAsync(cancellationToken);

    private static IQueryable<OpinionRow> Rows(IQueryable<Opinion> opinions) => opinions.Select(o => new OpinionRow(
        o.Id, o.ReceiptYear, o.ReceiptSequence, o.ReceiptCheck, o.State, o.ReceivedAt, o.Measure!.Number, o.Measure.Title,
        o.AssignedSection!.Name, o.ConsentToPublish, o.DuplicateOfId != null,
        o.Text == null ? null : o.Text.Substring(0, o.Text.Length < ExcerptLength ? o.Text.Length : ExcerptLength)));

    private static int? Choose(string? value, IEnumerable<int> allowed, string label, List<string> notices)
    {
        if (string.IsNullOrEmpty(value) || value == OpinionQueueFilter.All)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && allowed.Contains(n))
        {
            return n;
        }

        notices.Add($"{label}「{value}」は選べません。すべての{label}を表示しています。");
        return null;
    }
}

public sealed record MeasureChoice(int Number, string Title);

public sealed record SectionChoice(int Id, string Name);

public sealed record OpinionCount(string State, string Label, int Count);

public sealed record OpinionRow(
    long Id, int ReceiptYear, int ReceiptSequence, string ReceiptCheck, OpinionState State, DateTime ReceivedAt, int MeasureNumber, string MeasureTitle,
    string? SectionName, bool ConsentToPublish, bool IsDuplicate, string? Excerpt)
{
    public string Receipt => ReceiptNumber.Format(ReceiptYear, ReceiptSequence, ReceiptCheck);
}

public sealed record OpinionQueuePage(
    OpinionQueueFilter Filter, IReadOnlyList<OpinionCount> Counts, IReadOnlyList<OpinionRow> Rows, IReadOnlyList<MeasureChoice> Measures, IReadOnlyList<int> Years, IReadOnlyList<string> Notices);

public sealed record OpinionTrailLine(DateTime At, string Actor, string Action, string? After)
{
    public string ActionLabel => Action switch
    {
        OpinionActions.Submit => "受付",
        OpinionActions.Assign => "担当課に割当",
        OpinionActions.DraftReply => "回答案を保存",
        OpinionActions.ReturnReply => "回答案を担当課に戻す",
        OpinionActions.Publish => "公表",
        OpinionActions.Withhold => "非公表",
        OpinionActions.Delete => "削除（依頼による）",
        OpinionActions.Erase => "保存期間の経過による消去",
        OpinionActions.Mail => "通知メール",
        _ => Action,
    };
}

public sealed record OpinionDetail(
    long Id, int ReceiptYear, int ReceiptSequence, string ReceiptCheck, Guid Version, OpinionState State, DateTime ReceivedAt, int MeasureNumber, string MeasureTitle,
    int OwnerSectionId, string OwnerSectionName, string? Text, string? AgeGroup, string? District, string? SenderName, bool ConsentToPublish, long? DuplicateOfId,
    int? AssignedSectionId, string? AssignedSectionName, string? ReplyText, string? ReplyReturnComment, NotPublishedReason? NotPublishedReason, string? NotPublishedNote,
    DateTime? PublishedAt)
{
    public string Receipt => ReceiptNumber.Format(ReceiptYear, ReceiptSequence, ReceiptCheck);

    public IReadOnlyList<OpinionTrailLine> Trail { get; init; } = [];
}
