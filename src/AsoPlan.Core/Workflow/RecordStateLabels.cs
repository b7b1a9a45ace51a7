namespace AsoPlan.Core.Workflow;

public static class RecordStateLabels
{
    /// <summary>Japanese label; a missing record is 未入力.</summary>
    public static string Japanese(this RecordState? state) => state switch
    {
        RecordState.Draft => "下書き",
        RecordState.Submitted => "提出済",
        RecordState.Returned => "差戻し",
        RecordState.Approved => "承認済",
        _ => "未入力",
    };

    public static string Japanese(this RecordState state) => ((RecordState?)state).Japanese();
}
