using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>The badge colour of a record state (Bootstrap text-bg classes keep the contrast accessible).</summary>
public static class StateBadge
{
    public static string Css(RecordState? state) => state switch
    {
        RecordState.Draft => "badge text-bg-secondary",
        RecordState.Submitted => "badge text-bg-primary",
        RecordState.Returned => "badge text-bg-warning",
        RecordState.Approved => "badge text-bg-success",
        _ => "badge text-bg-light border",
    };
}
