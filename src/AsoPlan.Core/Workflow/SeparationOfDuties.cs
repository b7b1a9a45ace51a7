namespace AsoPlan.Core.Workflow;

/// <summary>
/// Nobody approves or returns a record they edited or submitted, whatever roles they hold: the version under
/// review must be checked by someone other than the people who wrote it (docs/workflow.md, 職務の分離).
/// </summary>
public static class SeparationOfDuties
{
    /// <summary>The audit actions that write a record's content (the form, the workbook upload, a submission).</summary>
    public static readonly IReadOnlySet<string> EditingActions = new HashSet<string>(StringComparer.Ordinal)
    {
        RecordActions.Save,
        RecordActions.Submit,
        RecordActions.RequestCorrection,
    };

    public const string Message = "この記録は、あなたが入力または提出したため、承認・差し戻しはできません（職務の分離）。別の企画担当者が確認してください。";

    /// <summary>
    /// The people who wrote the content now under review: the actors of every editing action since the record's
    /// last approval (or since it was created). <paramref name="history"/> is the record's audit trail, oldest first.
    /// </summary>
    public static IReadOnlySet<string> Editors(IEnumerable<(string Action, string Actor)> history) =>
        Editors(history, EditingActions, RecordActions.Approve);

    /// <summary>
    /// The actors of every <paramref name="editingActions"/> entry since the latest <paramref name="resetAction"/>: the
    /// same rule for anything whose content one person writes and another releases (a record, an opinion's reply).
    /// </summary>
    public static IReadOnlySet<string> Editors(IEnumerable<(string Action, string Actor)> history, IReadOnlySet<string> editingActions, string resetAction)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(editingActions);
        ArgumentNullException.ThrowIfNull(resetAction);
        var editors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (action, actor) in history)
        {
            if (action == resetAction)
            {
                editors.Clear();
            }
            else if (editingActions.Contains(action))
            {
                editors.Add(actor);
            }
        }

        return editors;
    }

    /// <summary>Whether <paramref name="actor"/> wrote any of the content under review.</summary>
    public static bool WroteVersion(WorkflowActor actor, IReadOnlySet<string> editors)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(editors);
        return actor.UserName is { } name && editors.Contains(name);
    }
}
