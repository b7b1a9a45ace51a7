using System.Globalization;
using AsoPlan.Core.Budget;
using AsoPlan.Core.Plan;

namespace AsoPlan.Web.Features.Records;

/// <summary>Between a project's stored year, its posted form and Core's <see cref="ProjectEntryInput"/>.</summary>
public static class ProjectForms
{
    /// <summary>The form as a stored year fills it (amounts without separators, as typed back).</summary>
    public static ProjectForm Of(int projectId, ProjectYear? stored) => new()
    {
        ProjectId = projectId,
        InitialBudget = Number(stored?.InitialBudget),
        SupplementaryBudget = Number(stored?.SupplementaryBudget),
        Settlement = Number(stored?.Settlement),
        NationalFunds = Number(stored?.NationalFunds),
        PrefecturalFunds = Number(stored?.PrefecturalFunds),
        LocalBonds = Number(stored?.LocalBonds),
        OtherFunds = Number(stored?.OtherFunds),
        GeneralFunds = Number(stored?.GeneralFunds),
        StaffEffort = Number(stored?.StaffEffort),
        Activity1Name = stored?.Activity1Name,
        Activity1Unit = stored?.Activity1Unit,
        Activity1Target = Number(stored?.Activity1Target),
        Activity1Actual = Number(stored?.Activity1Actual),
        Activity2Name = stored?.Activity2Name,
        Activity2Unit = stored?.Activity2Unit,
        Activity2Target = Number(stored?.Activity2Target),
        Activity2Actual = Number(stored?.Activity2Actual),
        TargetText = stored?.TargetText,
        IntentText = stored?.IntentText,
        MeansText = stored?.MeansText,
        Direction = stored?.Direction?.ToString(),
        DirectionReason = stored?.DirectionReason,
    };

    public static ProjectEntryInput Input(ProjectForm form, Project project)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectEntryInput(
            project.Id,
            project.Name,
            form.InitialBudget,
            form.SupplementaryBudget,
            form.Settlement,
            form.NationalFunds,
            form.PrefecturalFunds,
            form.LocalBonds,
            form.OtherFunds,
            form.GeneralFunds,
            form.StaffEffort,
            new ActivityInput(form.Activity1Name, form.Activity1Unit, form.Activity1Target, form.Activity1Actual),
            new ActivityInput(form.Activity2Name, form.Activity2Unit, form.Activity2Target, form.Activity2Actual),
            form.TargetText,
            form.IntentText,
            form.MeansText,
            form.Direction,
            form.DirectionReason);
    }

    /// <summary>A stored year as Core judges it for submission.</summary>
    public static ProjectEntry Entry(ProjectYear stored, string projectName)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new ProjectEntry(
            stored.ProjectId,
            projectName,
            stored.InitialBudget,
            stored.SupplementaryBudget,
            stored.Settlement,
            new ProjectFunding(stored.NationalFunds, stored.PrefecturalFunds, stored.LocalBonds, stored.OtherFunds, stored.GeneralFunds),
            stored.StaffEffort,
            new ActivityEntry(stored.Activity1Name, stored.Activity1Unit, stored.Activity1Target, stored.Activity1Actual),
            new ActivityEntry(stored.Activity2Name, stored.Activity2Unit, stored.Activity2Target, stored.Activity2Actual),
            stored.TargetText,
            stored.IntentText,
            stored.MeansText,
            stored.Direction,
            stored.DirectionReason);
    }

    /// <summary>Puts a read year into its stored row (the caller adds a new row or removes an emptied one).</summary>
    public static void Apply(ProjectYear stored, ProjectEntry entry)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(entry);
        stored.InitialBudget = entry.InitialBudget;
        stored.SupplementaryBudget = entry.SupplementaryBudget;
        stored.Settlement = entry.Settlement;
        stored.NationalFunds = entry.Funding.National;
        stored.PrefecturalFunds = entry.Funding.Prefectural;
        stored.LocalBonds = entry.Funding.Bonds;
        stored.OtherFunds = entry.Funding.Other;
        stored.GeneralFunds = entry.Funding.General;
        stored.StaffEffort = entry.StaffEffort;
        (stored.Activity1Name, stored.Activity1Unit, stored.Activity1Target, stored.Activity1Actual) = (entry.Activity1.Name, entry.Activity1.Unit, entry.Activity1.Target, entry.Activity1.Actual);
        (stored.Activity2Name, stored.Activity2Unit, stored.Activity2Target, stored.Activity2Actual) = (entry.Activity2.Name, entry.Activity2.Unit, entry.Activity2.Target, entry.Activity2.Actual);
        stored.TargetText = entry.TargetText;
        stored.IntentText = entry.IntentText;
        stored.MeansText = entry.MeansText;
        stored.Direction = entry.Direction;
        stored.DirectionReason = entry.DirectionReason;
    }

    private static string? Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}
