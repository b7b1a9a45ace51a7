namespace AsoPlan.Core.Voice;

/// <summary>Where a citizen's opinion on a measure (ご意見) stands; see <see cref="OpinionWorkflow"/> and docs/citizen-voice.md.</summary>
public enum OpinionState
{
    /// <summary>新規: received, nobody has looked at it yet.</summary>
    New = 1,

    /// <summary>担当課に割当: the planning office gave it to a section to draft the city's reply (市の考え方).</summary>
    Assigned = 2,

    /// <summary>回答案あり: the section's draft reply waits for the planning office.</summary>
    Replied = 3,

    /// <summary>公表: the opinion and the reply are on the public pages.</summary>
    Published = 4,

    /// <summary>非公表: handled, never public, with a <see cref="NotPublishedReason"/>.</summary>
    NotPublished = 5,

    /// <summary>削除: erased on the sender's request; only the receipt (number, measure, dates) remains.</summary>
    Deleted = 6,
}
