namespace AsoPlan.Web.Features.Progress;

/// <summary>Which entered values a progress view is built from (docs/dashboard-and-report.md).</summary>
public enum ValueScope
{
    /// <summary>Public pages, open data: values of approved records only.</summary>
    Approved = 1,

    /// <summary>
    /// The planning office's dashboard and report: values a section has put forward (submitted) or that
    /// were approved. Drafts are unfinished and returned records are rejected until resubmitted.
    /// </summary>
    SubmittedOrApproved = 2,
}
