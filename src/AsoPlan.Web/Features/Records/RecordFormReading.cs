using System.Globalization;
using AsoPlan.Core.Input;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Forms;

namespace AsoPlan.Web.Features.Records;

/// <summary>Between the posted form and Core's <see cref="RecordEntryReader"/>: rows matched to the measure's indicators, messages keyed to fields.</summary>
public static class RecordFormReading
{
    /// <summary>
    /// One row per indicator of the measure, in plan order, taken from the posted rows by indicator id.
    /// Rows for other indicators are ignored; a missing row reads as left blank.
    /// </summary>
    public static RecordForm Normalize(RecordForm form, IReadOnlyList<Indicator> indicators, IReadOnlyList<Project>? projects = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(indicators);
        var posted = form.Values.GroupBy(v => v.IndicatorId).ToDictionary(g => g.Key, g => g.First());
        var postedProjects = form.Projects.GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.First());
        return new RecordForm
        {
            Version = form.Version,
            Values = [.. indicators.Select(i => posted.GetValueOrDefault(i.Id) ?? new ValueForm { IndicatorId = i.Id })],
            DoText = form.DoText,
            SelfRating = form.SelfRating,
            SelfRatingReason = form.SelfRatingReason,
            ActionText = form.ActionText,
            // Only the projects the form carries, in plan order: a form (or workbook) without a project leaves its year as stored.
            Projects = [.. (projects ?? []).Where(p => postedProjects.ContainsKey(p.Id)).Select(p => postedProjects[p.Id])],
        };
    }

    /// <summary>
    /// The one way a staff entry is checked, whether typed into the form or filled into a workbook:
    /// rows matched to the indicators, read by Core's <see cref="RecordEntryReader"/>, messages keyed to fields.
    /// </summary>
    public static RecordFormRead Read(RecordForm form, IReadOnlyList<Indicator> indicators, IReadOnlyList<Project>? projects = null)
    {
        var posted = Normalize(form, indicators, projects);
        var read = RecordEntryReader.Read(Input(posted, indicators, projects));
        return new RecordFormRead(posted, read.Entry, [.. read.Errors.Select(e => Error(e, indicators, posted))], read.Errors);
    }

    /// <summary>The normalised form as Core reads it (rows in the same order as <paramref name="indicators"/>).</summary>
    public static RecordEntryInput Input(RecordForm normalized, IReadOnlyList<Indicator> indicators, IReadOnlyList<Project>? projects = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(indicators);
        var values = indicators.Zip(normalized.Values, (i, v) => new IndicatorEntryInput(
            i.Id, i.Name, NumberInput.RulesFor(i.Unit, i.Decimals), v.Value, v.NotAvailable, v.NotAvailableReason, v.MeasurementNote, v.Preliminary));
        var byId = (projects ?? []).ToDictionary(p => p.Id);
        return new RecordEntryInput([.. values], normalized.DoText, normalized.SelfRating, normalized.SelfRatingReason, normalized.ActionText)
        {
            Projects = [.. normalized.Projects.Select(p => ProjectForms.Input(p, byId[p.ProjectId]))],
        };
    }

    /// <summary>The message keyed to its field in the normalised form, e.g. <c>Values[2].Value</c>.</summary>
    public static FieldError Error(EntryError error, IReadOnlyList<Indicator> indicators, RecordForm? normalized = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(indicators);
        if (error is { Field: EntryField.Project, ProjectId: { } projectId, ProjectField: { } projectField } && normalized is not null)
        {
            var row = normalized.Projects.FindIndex(p => p.ProjectId == projectId);
            return new FieldError(string.Create(CultureInfo.InvariantCulture, $"{nameof(RecordForm.Projects)}[{row}].{projectField}"), error.Message);
        }

        var field = error.Field switch
        {
            EntryField.Value => nameof(ValueForm.Value),
            EntryField.NotAvailableReason => nameof(ValueForm.NotAvailableReason),
            EntryField.MeasurementNote => nameof(ValueForm.MeasurementNote),
            EntryField.DoText => nameof(RecordForm.DoText),
            EntryField.SelfRating => nameof(RecordForm.SelfRating),
            EntryField.SelfRatingReason => nameof(RecordForm.SelfRatingReason),
            _ => nameof(RecordForm.ActionText),
        };
        if (error.IndicatorId is not { } id)
        {
            return new FieldError(field, error.Message);
        }

        var index = indicators.Select((indicator, i) => (indicator, i)).First(x => x.indicator.Id == id).i;
        return new FieldError(string.Create(CultureInfo.InvariantCulture, $"{nameof(RecordForm.Values)}[{index}].{field}"), error.Message);
    }
}

/// <summary>The normalised form and either its entry or its messages (keyed to form fields, and as Core gave them).</summary>
public sealed record RecordFormRead(RecordForm Posted, RecordEntry? Entry, IReadOnlyList<FieldError> Errors, IReadOnlyList<EntryError> EntryErrors)
{
    public bool Succeeded => Entry is not null;
}
