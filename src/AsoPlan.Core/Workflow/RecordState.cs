namespace AsoPlan.Core.Workflow;

/// <summary>State of a measure's yearly record (未入力 is the absence of a record).</summary>
public enum RecordState
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}
