namespace AsoPlan.Core.Voice;

public static class NotPublishedReasons
{
    /// <summary>The reasons in the order the planning office's form offers them.</summary>
    public static IReadOnlyList<NotPublishedReason> All { get; } =
    [
        NotPublishedReason.PersonalInformation,
        NotPublishedReason.OffTopic,
        NotPublishedReason.Inappropriate,
        NotPublishedReason.NoConsent,
        NotPublishedReason.Duplicate,
        NotPublishedReason.AdvertisingOrCampaigning,
        NotPublishedReason.Other,
    ];

    public static string Japanese(this NotPublishedReason reason) => reason switch
    {
        NotPublishedReason.PersonalInformation => "個人情報が含まれるため",
        NotPublishedReason.OffTopic => "施策の趣旨と関係のない内容のため",
        NotPublishedReason.Inappropriate => "不適切な表現が含まれるため",
        NotPublishedReason.NoConsent => "公表への同意がないため",
        NotPublishedReason.Duplicate => "同じ内容のご意見をすでに受け付けているため",
        NotPublishedReason.AdvertisingOrCampaigning => "広告・宣伝または選挙運動に当たるため",
        NotPublishedReason.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>その他 says nothing by itself, so it needs the reason written out; the others may carry a note.</summary>
    public static bool NeedsNote(NotPublishedReason reason) => reason == NotPublishedReason.Other;
}
