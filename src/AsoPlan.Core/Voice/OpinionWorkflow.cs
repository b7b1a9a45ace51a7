namespace AsoPlan.Core.Voice;

/// <summary>
/// The life of a citizen's opinion on a measure: received as 新規; the planning office assigns it to a section (担当課に割当),
/// the section drafts the city's reply (回答案あり), and the planning office publishes opinion and reply together (公表) or
/// records why not (非公表). It may be deleted on the sender's request at any point (削除). Who may take each step is
/// <see cref="OpinionPermissions"/>; this class says which steps a state allows and where they lead.
/// </summary>
public static class OpinionWorkflow
{
    /// <summary>The city's reply (市の考え方), as long as a PDCA text.</summary>
    public const int MaxReplyLength = 4000;

    /// <summary>A return comment, a note on a reason not to publish, a deletion request's summary.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Assigning (or reassigning) to a section: from 新規, from a section that has it (a wrong section, before or after
    /// its draft), and from 非公表 when that decision is taken back. The former section's draft reply is not kept.
    /// </summary>
    public static bool CanAssign(OpinionState state) =>
        state is OpinionState.New or OpinionState.Assigned or OpinionState.Replied or OpinionState.NotPublished;

    public static OpinionState AfterAssign(OpinionState current) => CanAssign(current)
        ? OpinionState.Assigned
        : throw new InvalidOperationException("公表済または削除済のご意見は担当課に割り当てられません。");

    /// <summary>The section writes and rewrites its draft reply until the planning office decides.</summary>
    public static bool CanDraftReply(OpinionState state) => state is OpinionState.Assigned or OpinionState.Replied;

    public static OpinionState AfterDraftReply(OpinionState current) => CanDraftReply(current)
        ? OpinionState.Replied
        : throw new InvalidOperationException("担当課に割り当てられたご意見にだけ回答案を作成できます。");

    /// <summary>The planning office sends a draft reply back to the section with a comment.</summary>
    public static bool CanReturnReply(OpinionState state) => state == OpinionState.Replied;

    public static OpinionState AfterReturnReply(OpinionState current) => CanReturnReply(current)
        ? OpinionState.Assigned
        : throw new InvalidOperationException("回答案のあるご意見だけを担当課に戻せます。");

    /// <summary>Only an opinion with a reply is published (the pair is what the public reads), and only with the sender's consent.</summary>
    public static bool CanPublish(OpinionState state, bool consentToPublish) => state == OpinionState.Replied && consentToPublish;

    public static OpinionState AfterPublish(OpinionState current, bool consentToPublish) => CanPublish(current, consentToPublish)
        ? OpinionState.Published
        : throw new InvalidOperationException(consentToPublish
            ? "回答案のあるご意見だけを公表できます。"
            : "公表に同意されていないご意見は公表できません。");

    /// <summary>
    /// 非公表 may be decided at any point before deletion, and also for a published opinion found later to be unfit
    /// (e.g. personal data noticed after publication): it leaves the public pages at once.
    /// </summary>
    public static bool CanWithhold(OpinionState state) => state is not (OpinionState.NotPublished or OpinionState.Deleted);

    public static OpinionState AfterWithhold(OpinionState current) => CanWithhold(current)
        ? OpinionState.NotPublished
        : throw new InvalidOperationException("このご意見はすでに非公表または削除済です。");

    /// <summary>A deletion request is honoured in every state; a deleted opinion has nothing left to delete.</summary>
    public static bool CanDelete(OpinionState state) => state != OpinionState.Deleted;

    public static OpinionState AfterDelete(OpinionState current) => CanDelete(current)
        ? OpinionState.Deleted
        : throw new InvalidOperationException("このご意見はすでに削除されています。");

    /// <summary>Whether the public pages, the feed and open data show the opinion: published, nothing else, ever.</summary>
    public static bool IsPublic(OpinionState state) => state == OpinionState.Published;

    /// <summary>States that wait for the planning office (a new opinion to assign, a draft reply to decide on).</summary>
    public static bool NeedsOffice(OpinionState state) => state is OpinionState.New or OpinionState.Replied;

    /// <summary>States that wait for the assigned section (a reply to draft).</summary>
    public static bool NeedsSection(OpinionState state) => state == OpinionState.Assigned;
}
