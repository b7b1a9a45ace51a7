using System.Globalization;

namespace AsoPlan.Core.Workflow;

/// <summary>
/// How a PDCA record is named in the audit trail: every writer (save, submit, review steps, mails) and every reader
/// (history, conflicts, queue, notices) finds a record's entries by these two values.
/// </summary>
public static class RecordAuditKey
{
    /// <summary>The audit entries' entity type of a record.</summary>
    public const string EntityType = nameof(PdcaRecord);

    /// <summary>A record's entity key: M13/2022.</summary>
    public static string Of(int measureNumber, int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"M{measureNumber}/{fiscalYear}");
}
