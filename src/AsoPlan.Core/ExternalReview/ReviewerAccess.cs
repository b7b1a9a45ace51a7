using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.ExternalReview;

/// <summary>
/// What an external reviewer may read and write. A reviewer account is time-limited (the administrator gives it a last
/// day, <c>accessUntil</c>, in Japan; without one it has no access) and sees only the year under review, and of it only
/// what the sections have submitted or the planning office has approved: never a draft or a returned record, never
/// another year's. It changes nothing but its own findings; every other permission (records, plan, opinions) refuses it
/// because it holds none of their roles.
/// </summary>
public static class ReviewerAccess
{
    public static bool IsActive(DateOnly? accessUntil, DateTimeOffset now) =>
        accessUntil is { } last && JapanCalendar.Today(now) <= last;

    /// <summary>The record states a reviewer reads: the section's finished work, under review or approved.</summary>
    public static bool IsReadableState(RecordState? state) => state is RecordState.Submitted or RecordState.Approved;

    /// <summary>A measure's record (values, ratings, PDCA texts) of <paramref name="recordYear"/>, and the dashboard and report built from such records.</summary>
    public static bool CanReadRecord(WorkflowActor actor, DateOnly? accessUntil, DateTimeOffset now, int? yearUnderReview, int recordYear, RecordState? state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsReviewer && IsActive(accessUntil, now) && recordYear == yearUnderReview && IsReadableState(state);
    }

    /// <summary>A reviewer records (and changes) their own finding on a measure while the year's round is open.</summary>
    public static bool CanRecordFinding(WorkflowActor actor, DateOnly? accessUntil, DateTimeOffset now, RoundStatus? round, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsReviewer && IsActive(accessUntil, now) && ReviewRoundRules.AcceptsFindings(round, fiscalYear);
    }

    /// <summary>
    /// A reviewer reads their own findings; the planning office reads everyone's to compile the committee's finding.
    /// Reviewers do not read each other's before the committee meets, so each judges on their own.
    /// </summary>
    public static bool CanReadFinding(WorkflowActor actor, string findingAuthor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(findingAuthor);
        return actor.IsPlanningOffice
            || (actor.IsReviewer && actor.UserName is { } name && string.Equals(name, findingAuthor, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The planning office opens and closes rounds, compiles the committee's finding and the city's response, and publishes them.</summary>
    public static bool CanManageReview(WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsPlanningOffice;
    }
}
