using System.Text.Json;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Authorization;
using AsoPlan.Web.Models.Planning;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Services.Workflow;

/// <summary>A record's audit trail, each entry reduced to the fields it changed, in Japanese.</summary>
public sealed class RecordHistoryQuery(AsoPlanDbContext db, RecordPages pages)
{
    private static readonly Dictionary<string, string> ActionLabels = new()
    {
        [RecordActions.Save] = "下書き保存",
        [RecordActions.Submit] = "提出",
        [RecordActions.Approve] = "承認",
        [RecordActions.Return] = "差戻し",
        [RecordActions.Reopen] = "訂正のため再開",
        [RecordActions.RequestCorrection] = "訂正の依頼",
        [RecordActions.DeclineCorrection] = "訂正の依頼を見送り",
    };

    public async Task<RecordHistory> LoadAsync(RecordResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var title = await db.Measures.AsNoTracking().Where(m => m.Id == resource.MeasureId).Select(m => m.Title).SingleAsync(cancellationToken);
        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var key = PdcaRecordService.Key(resource.MeasureNumber, resource.FiscalYear);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == PdcaRecordService.EntityType && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.At, a.Actor, a.Action, a.Before, a.After })
            .ToListAsync(cancellationToken);
        var history = entries.Select(e => new HistoryEntry(
            e.At,
            e.Actor,
            ActionLabels.GetValueOrDefault(e.Action, e.Action),
            Changes(Fields(e.Before, indicators), Fields(e.After, indicators))));
        return new RecordHistory(resource.MeasureNumber, title, resource.FiscalYear, [.. history]);
    }

    private static List<HistoryChange> Changes(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        [.. before.Keys.Union(after.Keys)
            .Select(label => new HistoryChange(label, before.GetValueOrDefault(label), after.GetValueOrDefault(label)))
            .Where(c => c.Before != c.After)];

    /// <summary>A stored <see cref="RecordSnapshot"/> as labelled, displayable fields (in plan order).</summary>
    private static Dictionary<string, string?> Fields(string? json, IReadOnlyList<Indicator> indicators)
    {
        var fields = new Dictionary<string, string?>();
        if (json is null)
        {
            return fields;
        }

        var snapshot = JsonSerializer.Deserialize<RecordSnapshot>(json);
        if (snapshot is null)
        {
            return fields;
        }

        fields["状態"] = Enum.TryParse<RecordState>(snapshot.State, out var state) ? state.Japanese() : snapshot.State;
        foreach (var indicator in indicators)
        {
            var value = snapshot.Values.FirstOrDefault(v => v.Indicator == indicator.Code);
            var described = RecordPages.Describe(value?.Value, value?.NotAvailableReason, indicator);
            fields[$"実績値: {indicator.Name}"] = described is not null && value!.Preliminary ? described + "（速報値）" : described;
            fields[$"測定方法の補足: {indicator.Name}"] = value?.MeasurementNote;
        }

        fields["取組実績（Do）"] = snapshot.DoText;
        fields["自己評価（Check）"] = snapshot.SelfRating;
        fields["自己評価の理由"] = snapshot.SelfRatingReason;
        fields["改善・今後の方向性（Action）"] = snapshot.ActionText;
        fields["差戻しコメント"] = snapshot.ReviewComment;
        fields["訂正の理由（再開）"] = snapshot.CorrectionReason;
        fields["訂正の依頼"] = snapshot.CorrectionRequest;
        fields["訂正の依頼を見送った理由"] = snapshot.CorrectionDeclined;
        return fields;
    }
}
