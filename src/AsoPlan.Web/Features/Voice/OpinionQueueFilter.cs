using System.Globalization;
using AsoPlan.Core.Voice;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// The planning office's opinion queue filter as the address carries it: <c>/planning/opinions?state=replied&amp;measure=13&amp;year=2026</c>.
/// The default state is everything waiting for the office (新規 and 回答案あり); <c>all</c> drops a filter.
/// </summary>
public sealed record OpinionQueueFilter(string State, int? Measure, int? Year)
{
    public const string Waiting = "waiting";

    public const string All = "all";

    private static readonly Dictionary<string, OpinionState> StateKeys = new(StringComparer.Ordinal)
    {
        ["new"] = OpinionState.New,
        ["assigned"] = OpinionState.Assigned,
        ["replied"] = OpinionState.Replied,
        ["published"] = OpinionState.Published,
        ["not-published"] = OpinionState.NotPublished,
        ["deleted"] = OpinionState.Deleted,
    };

    /// <summary>The keys in the order the queue shows their counts.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Waiting, .. OpinionStateLabels.QueueOrder.Select(Key), All];

    public static string Key(OpinionState state) => StateKeys.First(s => s.Value == state).Key;

    public static bool IsState(string? key) => key is Waiting or All || (key is not null && StateKeys.ContainsKey(key));

    public static string Label(string key) => key switch
    {
        Waiting => "対応待ち（新規・回答案あり）",
        All => "すべての状態",
        _ => OpinionStateLabels.Japanese(StateKeys[key]),
    };

    public bool Includes(OpinionState state) => State switch
    {
        Waiting => OpinionWorkflow.NeedsOffice(state),
        All => true,
        _ => StateKeys[State] == state,
    };

    public OpinionQueueFilter With(string state) => this with { State = state };

    public string Href() =>
        $"/planning/opinions?state={State}"
        + (Measure is { } m ? string.Create(CultureInfo.InvariantCulture, $"&measure={m}") : string.Empty)
        + (Year is { } y ? string.Create(CultureInfo.InvariantCulture, $"&year={y}") : string.Empty);
}
