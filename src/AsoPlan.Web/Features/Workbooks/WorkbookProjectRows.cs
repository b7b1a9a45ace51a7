using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Records;
using static AsoPlan.Web.Features.Workbooks.EntryWorkbookLayout;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>
/// The sheet 事務事業 of an upload: one row per project of the listed measures, keyed by 事業コード, each row read into the
/// form's own <see cref="ProjectForm"/> so that the form's reader judges it, and its messages put back on their cells.
/// </summary>
public static class WorkbookProjectRows
{
    /// <summary>The rows by project id: exactly one row for each of <paramref name="projects"/>; anything else is a problem.</summary>
    public static Dictionary<int, (SheetRow Row, ProjectForm Form)> Read(IReadOnlyList<SheetRow> rows, IReadOnlyList<Project> projects, WorkbookProblems problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(problems);
        var byCode = projects.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var result = new Dictionary<int, (SheetRow Row, ProjectForm Form)>();
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank))
        {
            var code = row.Text(ProjectCode)?.Trim();
            if (code is null)
            {
                problems.AtCell(ProjectsSheet, row.Number, ProjectCode, "事業コードが空欄です。行の追加や事業コードの変更はしないでください。");
            }
            else if (!byCode.TryGetValue(code, out var project))
            {
                problems.AtCell(ProjectsSheet, row.Number, ProjectCode, $"事業コード「{code}」はこのワークブックの事務事業ではありません。行の追加や事業コードの変更はしないでください。");
            }
            else if (result.TryGetValue(project.Id, out var first))
            {
                problems.AtCell(ProjectsSheet, row.Number, ProjectCode, $"事業コード「{code}」の行が重複しています（行{first.Row.Number}と同じ事務事業です）。");
            }
            else
            {
                result[project.Id] = (row, Form(project.Id, row));
            }
        }

        foreach (var project in projects.Where(p => !result.ContainsKey(p.Id)))
        {
            problems.InSheet(ProjectsSheet, $"事業コード「{project.Code}」（{project.Name}）の行がありません。行は削除しないでください。");
        }

        return result;
    }

    /// <summary>Puts a message of the form's reader about a project on the cell of its field.</summary>
    public static void Report(EntryError error, Dictionary<int, (SheetRow Row, ProjectForm Form)> rows, WorkbookProblems problems)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(problems);
        if (error.ProjectId is { } id && rows.TryGetValue(id, out var line))
        {
            var column = ProjectInputs.Where(i => i.Field == error.ProjectField).Select(i => i.Column).FirstOrDefault() ?? ProjectName;
            problems.AtCell(ProjectsSheet, line.Row.Number, column, error.Message);
        }
    }

    /// <summary>The row's input cells as the form would post them: text, as typed (the reader normalises it).</summary>
    private static ProjectForm Form(int projectId, SheetRow row)
    {
        var form = new ProjectForm { ProjectId = projectId };
        foreach (var (field, column) in ProjectInputs)
        {
            // ProjectInputs are named after ProjectForm's members (ProjectFields), as the form's inputs are.
            typeof(ProjectForm).GetProperty(field)!.SetValue(form, row.Text(column));
        }

        return form;
    }
}
