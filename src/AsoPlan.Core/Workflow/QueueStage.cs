namespace AsoPlan.Core.Workflow;

/// <summary>
/// Where a record stands as the planning office sees it: the record's state, with a submission that follows a
/// return told apart from a first one (the reviewer reads it against what was returned).
/// </summary>
public enum QueueStage
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
    Resubmitted = 3,
    Returned = 4,
    Approved = 5,
}
