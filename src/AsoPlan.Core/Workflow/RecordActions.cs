namespace AsoPlan.Core.Workflow;

/// <summary>The audit trail's names for what happens to a measure's yearly record (entity <c>PdcaRecord</c>).</summary>
public static class RecordActions
{
    public const string Save = "record.save";

    public const string Submit = "record.submit";

    public const string Approve = "record.approve";

    public const string Return = "record.return";

    /// <summary>The section asks the planning office to reopen an approved record (訂正の依頼).</summary>
    public const string RequestCorrection = "record.request-correction";

    /// <summary>The planning office reopens an approved record for correction (訂正のための再開).</summary>
    public const string Reopen = "record.reopen";

    /// <summary>The planning office declines a section's correction request.</summary>
    public const string DeclineCorrection = "record.decline-correction";

    /// <summary>The planning office takes in the finance system's 予算・決算 for the record's projects, as a draft for the section to confirm.</summary>
    public const string FinanceImport = "record.finance-import";

    /// <summary>A notification mail about one of the record's events, sent (or tried) right after it; the history lists it.</summary>
    public const string Mail = "record.mail";
}
