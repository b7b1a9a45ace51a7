using System.Text.Json;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Records;

/// <summary>A <see cref="RecordSnapshot"/> as labelled, displayable fields in the form's order (history, change view).</summary>
public static class RecordFields
{
    public const string State = "状態";

    public const string ReviewComment = "差戻しコメント";

    /// <summary>The fields of a snapshot stored as JSON in the audit trail; empty for none.</summary>
    public static Dictionary<string, string?> Of(string? json, IReadOnlyList<Indicator> indicators) =>
        json is null ? [] : Of(JsonSerializer.Deserialize<RecordSnapshot>(json), indicators);

    public static Dictionary<string, string?> Of(RecordSnapshot? snapshot, IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var fields = new Dictionary<string, string?>();
        if (snapshot is null)
        {
            return fields;
        }

        fields[State] = Enum.TryParse<RecordState>(snapshot.State, out var state) ? state.Japanese() : snapshot.State;
        foreach (var indicator in indicators)
        {
            var value = snapshot.Values.FirstOrDefault(v => v.Indicator == indicator.Code);
            var described = EntryFormat.Describe(value?.Value, value?.NotAvailableReason, indicator);
            fields[$"実績値: {indicator.Name}"] = value is { Preliminary: true, Value: not null } ? described + "（速報値）" : described;
            fields[$"測定方法の補足: {indicator.Name}"] = value?.MeasurementNote;
        }

        fields["取組実績（Do）"] = snapshot.DoText;
        fields["自己評価（Check）"] = snapshot.SelfRating;
        fields["自己評価の理由"] = snapshot.SelfRatingReason;
        fields["改善・今後の方向性（Action）"] = snapshot.ActionText;
        foreach (var project in snapshot.Projects)
        {
            fields[$"事務事業: {project.Name}（{project.Project}）"] = ProjectText.Describe(project.Entry);
        }

        fields[ReviewComment] = snapshot.ReviewComment;
        fields["訂正の理由（再開）"] = snapshot.CorrectionReason;
        fields["訂正の依頼"] = snapshot.CorrectionRequest;
        fields["訂正の依頼を見送った理由"] = snapshot.CorrectionDeclined;
        return fields;
    }
}
