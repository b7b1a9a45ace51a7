namespace AsoPlan.Core.Voice;

/// <summary>Why a handled opinion is not published (非公表の理由); the label is what the staff pages and the audit trail show.</summary>
public enum NotPublishedReason
{
    /// <summary>個人情報: names, addresses or anything else that identifies a person, the sender or someone else.</summary>
    PersonalInformation = 1,

    /// <summary>趣旨と無関係: not about the measure or the plan (a personal consultation, a complaint about one case).</summary>
    OffTopic = 2,

    /// <summary>不適切な表現: defamation, discrimination, obscenity, threats.</summary>
    Inappropriate = 3,

    /// <summary>公表に同意なし: the sender did not consent to publication, so it is handled but never shown.</summary>
    NoConsent = 4,

    /// <summary>重複: the same text on the same measure was already received (<see cref="OpinionDuplicates"/>).</summary>
    Duplicate = 5,

    /// <summary>広告・宣伝、選挙運動: commercial advertising, or campaigning for an election or a candidate.</summary>
    AdvertisingOrCampaigning = 6,

    /// <summary>その他: any other reason, which must then be written out.</summary>
    Other = 99,
}
