namespace AsoPlan.Core.Voice;

public static class OpinionStateLabels
{
    /// <summary>The states in the order the planning office's queue lists and counts them: what waits for someone first.</summary>
    public static IReadOnlyList<OpinionState> QueueOrder { get; } =
        [OpinionState.New, OpinionState.Replied, OpinionState.Assigned, OpinionState.Published, OpinionState.NotPublished, OpinionState.Deleted];

    public static string Japanese(this OpinionState state) => state switch
    {
        OpinionState.New => "新規",
        OpinionState.Assigned => "担当課に割当",
        OpinionState.Replied => "回答案あり",
        OpinionState.Published => "公表",
        OpinionState.NotPublished => "非公表",
        OpinionState.Deleted => "削除",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
