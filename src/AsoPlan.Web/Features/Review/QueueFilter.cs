using System.Globalization;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The review queue's filter as the address carries it, so a filtered list can be bookmarked and linked:
/// <c>/planning?year=2022&amp;state=resubmitted&amp;section=kensetsu</c>; <c>year=all</c> and <c>state=all</c> drop a filter.
/// </summary>
public sealed record QueueFilter(int? Year, string State, string? Section)
{
    public const string AllYears = "all";

    /// <summary>The default state: everything waiting for the planning office.</summary>
    public const string NeedsOffice = "review";

    public const string AllStates = "all";

    private static readonly Dictionary<string, QueueStage> StageKeys = new(StringComparer.Ordinal)
    {
        ["submitted"] = QueueStage.Submitted,
        ["resubmitted"] = QueueStage.Resubmitted,
        ["none"] = QueueStage.NotStarted,
        ["draft"] = QueueStage.Draft,
        ["returned"] = QueueStage.Returned,
        ["approved"] = QueueStage.Approved,
    };

    public static string Key(QueueStage stage) => StageKeys.First(s => s.Value == stage).Key;

    public static bool IsState(string? key) => key is NeedsOffice or AllStates || (key is not null && StageKeys.ContainsKey(key));

    public static string StateLabel(string key) => key switch
    {
        NeedsOffice => "確認待ち（提出済・再提出）",
        AllStates => "すべての状態",
        _ => StageKeys[key].Label(),
    };

    public bool Includes(QueueStage stage) => State switch
    {
        NeedsOffice => ReviewQueueRules.NeedsOffice(stage),
        AllStates => true,
        _ => StageKeys[State] == stage,
    };

    /// <summary>The address of this filter with another state (the counts link to their lists).</summary>
    public string Href(string state) => With(state).Href();

    public QueueFilter With(string state) => this with { State = state };

    public string Href() =>
        $"/planning?year={(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : AllYears)}&state={State}" +
        (Section is null ? string.Empty : $"&section={Uri.EscapeDataString(Section)}");
}
