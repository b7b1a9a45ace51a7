using AsoPlan.Core.Input;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Budget;

/// <summary>
/// Reads a project's year field by field with the input rules of values (full-width digits, separators; 千円 whole,
/// 人工 one decimal), each message naming its field; a draft may leave things blank. Nothing is stored on any error.
/// </summary>
public static class ProjectEntryReader
{
    public const int MaxNameLength = 100;
    public const int MaxUnitLength = 20;

    private static readonly NumberRules Amount = new("千円", 0, null, AllowNegative: false);
    private static readonly NumberRules Correction = new("千円", 0, null, AllowNegative: true);
    private static readonly NumberRules Effort = new("人工", 1, null, AllowNegative: false);

    public static ProjectEntry Read(ProjectEntryInput input, List<EntryError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var read = new FieldReader(input.ProjectId, errors);
        var settlement = read.Number(ProjectFields.Settlement, input.Settlement, Amount);
        var funding = new ProjectFunding(
            read.Number(ProjectFields.NationalFunds, input.NationalFunds, Amount),
            read.Number(ProjectFields.PrefecturalFunds, input.PrefecturalFunds, Amount),
            read.Number(ProjectFields.LocalBonds, input.LocalBonds, Amount),
            read.Number(ProjectFields.OtherFunds, input.OtherFunds, Amount),
            read.Number(ProjectFields.GeneralFunds, input.GeneralFunds, Amount));
        var entry = new ProjectEntry(
            input.ProjectId,
            input.ProjectName,
            read.Number(ProjectFields.InitialBudget, input.InitialBudget, Amount),
            read.Number(ProjectFields.SupplementaryBudget, input.SupplementaryBudget, Correction),
            settlement,
            funding,
            read.Number(ProjectFields.StaffEffort, input.StaffEffort, Effort),
            Activity(read, 1, input.Activity1),
            Activity(read, 2, input.Activity2),
            read.Text(ProjectFields.TargetText, input.TargetText, PdcaWorkflow.MaxShortTextLength),
            read.Text(ProjectFields.IntentText, input.IntentText, PdcaWorkflow.MaxShortTextLength),
            read.Text(ProjectFields.MeansText, input.MeansText, PdcaWorkflow.MaxShortTextLength),
            read.Direction(input.Direction),
            read.Text(ProjectFields.DirectionReason, input.DirectionReason, PdcaWorkflow.MaxShortTextLength));
        if (read.Clean && ProjectRules.FundingProblem(entry.Settlement, entry.Funding) is { } funded)
        {
            read.Add(ProjectFields.GeneralFunds, funded);
        }

        if (read.Clean && ProjectRules.DirectionReasonProblem(entry.Direction, entry.DirectionReason) is { } reason)
        {
            read.Add(ProjectFields.DirectionReason, reason);
        }

        return entry;
    }

    /// <summary>
    /// One amount (千円) read by itself, as the form reads it — whole 千円, 補正予算額 may be negative — for a file that
    /// carries only amounts (the finance system's): its value, or the message naming the field. Blank is no value.
    /// </summary>
    public static (decimal? Value, string? Error) ReadAmount(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var parsed = NumberInput.Parse(text, field == ProjectFields.SupplementaryBudget ? Correction : Amount);
        return parsed.Succeeded ? (parsed.Value, null) : (null, $"{ProjectFields.Label(field)}: {parsed.Error}");
    }

    private static ActivityEntry Activity(FieldReader read, int number, ActivityInput input)
    {
        var name = read.Text(ProjectFields.Activity(number, "Name"), input.Name, MaxNameLength);
        var unit = read.Text(ProjectFields.Activity(number, "Unit"), input.Unit, MaxUnitLength);
        var rules = new NumberRules(unit ?? string.Empty, 2, null, AllowNegative: false);
        var entry = new ActivityEntry(name, unit, read.Number(ProjectFields.Activity(number, "Target"), input.Target, rules), read.Number(ProjectFields.Activity(number, "Actual"), input.Actual, rules));
        if (name is null && !entry.IsEmpty)
        {
            read.Add(ProjectFields.Activity(number, "Name"), $"活動指標{number}の名称を入力してください（単位・目標・実績は名称のある指標にだけ入力できます）。");
        }

        return entry;
    }

    /// <summary>Reads one project's fields into messages that name the field (「決算額: 数値として読み取れません…」).</summary>
    private sealed class FieldReader(int projectId, List<EntryError> errors)
    {
        private readonly int before = errors.Count;

        public bool Clean => errors.Count == before;

        public void Add(string field, string message) => errors.Add(EntryError.ForProject(projectId, field, message));

        public decimal? Number(string field, string? text, NumberRules rules)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var parsed = NumberInput.Parse(text, rules);
            if (!parsed.Succeeded)
            {
                Add(field, $"{ProjectFields.Label(field)}: {parsed.Error}");
            }

            return parsed.Value;
        }

        public string? Text(string field, string? text, int maxLength)
        {
            var check = TextInput.Check(text, ProjectFields.Label(field), maxLength);
            if (!check.Succeeded)
            {
                Add(field, check.Error!);
            }

            return check.Text;
        }

        public ProjectDirection? Direction(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var direction = ProjectDirections.Parse(text);
            if (direction is null)
            {
                Add(ProjectFields.Direction, "今後の方向性は「拡充・継続・改善・縮小・廃止・休止・完了」から選んでください。");
            }

            return direction;
        }
    }
}
