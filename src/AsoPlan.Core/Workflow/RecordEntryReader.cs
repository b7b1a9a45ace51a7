using System.Text;
using AsoPlan.Core.Input;

namespace AsoPlan.Core.Workflow;

/// <summary>
/// Reads a record's entry field by field. A draft may leave things blank; anything typed must be
/// valid, and any error means nothing is stored.
/// </summary>
public static class RecordEntryReader
{
    public static RecordEntryResult Read(RecordEntryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<EntryError>();
        var values = input.Values.Select(v => ReadValue(v, errors)).ToList();
        var projects = input.Projects.Select(p => Budget.ProjectEntryReader.Read(p, errors)).ToList();

        var doText = Text(input.DoText, "取組実績（Do）", PdcaWorkflow.MaxTextLength, EntryField.DoText, errors);
        var reason = Text(input.SelfRatingReason, "自己評価の理由", PdcaWorkflow.MaxTextLength, EntryField.SelfRatingReason, errors);
        var action = Text(input.ActionText, "改善・今後の方向性（Action）", PdcaWorkflow.MaxTextLength, EntryField.ActionText, errors);
        // Full-width or lower-case letters (Ｂ, b) are the same rating; the form's radio buttons send "B", a workbook cell may hold either.
        var rating = string.IsNullOrWhiteSpace(input.SelfRating) ? null : input.SelfRating.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        if (rating is not null && !PdcaWorkflow.SelfRatings.Contains(rating))
        {
            errors.Add(new EntryError(EntryField.SelfRating, null, "自己評価はA〜Dから選んでください。"));
        }

        return errors.Count > 0
            ? new RecordEntryResult(null, errors)
            : new RecordEntryResult(new RecordEntry(values, doText, rating, reason, action) { Projects = projects }, []);
    }

    private static IndicatorEntry ReadValue(IndicatorEntryInput input, List<EntryError> errors)
    {
        var note = Text(input.MeasurementNote, "測定方法の補足", PdcaWorkflow.MaxShortTextLength, EntryField.MeasurementNote, errors, input.IndicatorId);
        if (input.NotAvailable)
        {
            if (!string.IsNullOrWhiteSpace(input.ValueText))
            {
                errors.Add(new EntryError(EntryField.Value, input.IndicatorId, "「未確定」にする場合は実績値を空欄にしてください。"));
            }

            var check = TextInput.Check(input.NotAvailableReason, "未確定の理由", PdcaWorkflow.MaxShortTextLength, required: true);
            if (!check.Succeeded)
            {
                errors.Add(new EntryError(EntryField.NotAvailableReason, input.IndicatorId, check.Error!));
            }

            if (input.Preliminary == true)
            {
                errors.Add(new EntryError(EntryField.Value, input.IndicatorId, "「速報値」は実績値を入力したときだけ選んでください。"));
            }

            return new IndicatorEntry(input.IndicatorId, input.IndicatorName, null, check.Text, note, input.Preliminary);
        }

        if (!string.IsNullOrWhiteSpace(input.NotAvailableReason))
        {
            errors.Add(new EntryError(EntryField.NotAvailableReason, input.IndicatorId, "未確定の理由は「未確定」を選んだときだけ入力してください。"));
        }

        if (string.IsNullOrWhiteSpace(input.ValueText))
        {
            // A draft may leave a value for later; submission checks completeness.
            if (input.Preliminary == true)
            {
                errors.Add(new EntryError(EntryField.Value, input.IndicatorId, "「速報値」は実績値を入力したときだけ選んでください。"));
            }

            return new IndicatorEntry(input.IndicatorId, input.IndicatorName, null, null, note, input.Preliminary);
        }

        var parsed = NumberInput.Parse(input.ValueText, input.Rules);
        if (!parsed.Succeeded)
        {
            errors.Add(new EntryError(EntryField.Value, input.IndicatorId, parsed.Error!));
        }

        return new IndicatorEntry(input.IndicatorId, input.IndicatorName, parsed.Value, null, note, input.Preliminary);
    }

    private static string? Text(string? input, string label, int maxLength, EntryField field, List<EntryError> errors, int? indicatorId = null)
    {
        var check = TextInput.Check(input, label, maxLength);
        if (!check.Succeeded)
        {
            errors.Add(new EntryError(field, indicatorId, check.Error!));
        }

        return check.Text;
    }
}

/// <summary>The read entry, or the messages that stop it from being stored.</summary>
public sealed record RecordEntryResult(RecordEntry? Entry, IReadOnlyList<EntryError> Errors)
{
    public bool Succeeded => Entry is not null;
}
