using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Voice;

/// <summary>
/// The texts staff write while handling an opinion, checked like any prose in the portal (<see cref="TextInput"/>):
/// line breaks counted once, control characters refused, a Japanese message naming the field.
/// </summary>
public static class OpinionTexts
{
    /// <summary>市の考え方: required to save a draft reply (an empty draft would make the opinion look answered).</summary>
    public static TextCheck Reply(string? text) => TextInput.Check(text, "市の考え方", OpinionWorkflow.MaxReplyLength, required: true);

    /// <summary>What the section should change when a draft reply is sent back.</summary>
    public static TextCheck ReturnComment(string? text) => TextInput.Check(text, "担当課へのコメント", OpinionWorkflow.MaxNoteLength, required: true);

    /// <summary>The note beside a reason not to publish: required for その他, which says nothing by itself.</summary>
    public static TextCheck WithholdNote(NotPublishedReason reason, string? text) =>
        TextInput.Check(text, "非公表の理由の補足", OpinionWorkflow.MaxNoteLength, required: NotPublishedReasons.NeedsNote(reason));

    /// <summary>How the sender asked and how they were identified (e.g. 電話で受付番号と内容を確認), kept in the audit trail instead of the opinion.</summary>
    public static TextCheck DeletionRequest(string? text) => TextInput.Check(text, "削除の依頼の内容", OpinionWorkflow.MaxNoteLength, required: true);
}
