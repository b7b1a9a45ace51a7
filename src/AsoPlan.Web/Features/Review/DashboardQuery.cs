using System.Globalization;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Caching;
using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// Builds the planning dashboard from <see cref="ProgressQuery"/> with submitted and approved values of one year,
/// once per year for as long as nothing it is computed from changes (<see cref="DashboardCache"/>): each request
/// reads only the <see cref="VersionMarker.PlanProgress"/> marker, which every such change renews.
/// </summary>
public sealed class DashboardQuery(AsoPlanDbContext db, ProgressQuery progress, DashboardCache cache, AsoPlan.Web.Features.Budget.PublishedProjectsQuery projects)
{
    public const int BehindListLength = 10;

    /// <summary>The key of the page shown when no year (or a year outside the plan) is asked for.</summary>
    private const int LatestYear = 0;

    /// <summary>States in the order a section moves through them, 未入力 first.</summary>
    public static readonly IReadOnlyList<RecordState?> StateOrder = [null, RecordState.Draft, RecordState.Returned, RecordState.Submitted, RecordState.Approved];

    public async Task<DashboardPage> LoadAsync(int? requestedYear, CancellationToken cancellationToken)
    {
        // First the marker, then the data: a page is never older than the marker value it is kept under.
        var version = await VersionMarkers.CurrentAsync(db, VersionMarker.PlanProgress, cancellationToken);
        var latest = await cache.GetAsync(version, LatestYear, () => ComputeAsync(null, CancellationToken.None), cancellationToken);
        if (requestedYear is not { } year || latest.Years.Count == 0)
        {
            return latest;
        }

        if (year == latest.Year)
        {
            return latest;
        }

        return latest.Years.Contains(year)
            ? await cache.GetAsync(version, year, () => ComputeAsync(year, CancellationToken.None), cancellationToken)
            : latest with { YearMessage = OutOfRange(latest.Years, latest.Year) };
    }

    private async Task<DashboardPage> ComputeAsync(int? requestedYear, CancellationToken cancellationToken)
    {
        // The year is chosen from the record states alone, so only that year's values are read and judged.
        var outline = await progress.OutlineAsync(null, cancellationToken);
        var (year, message) = ChooseYear(outline, requestedYear);
        var plan = await progress.JudgeAsync(outline, ValueScope.SubmittedOrApproved, [year], cancellationToken);
        var byMeasure = plan.Years.Count == 0 ? new Dictionary<int, RatingTally>() : plan.TallyByMeasure(year);
        RatingTally Sum(IEnumerable<MeasureProgress> measures) => measures.Aggregate(RatingTally.Empty, (sum, m) => sum + byMeasure[m.Id]);

        // The published 事務事業 costs change only with a publication, which renews the marker too: kept with the rest.
        var ratings = plan.Measures.ToDictionary(m => m.Number, m => m.RatingIn(year).Label);
        var budget = await projects.OverviewAsync(null, year, ratings, cancellationToken);
        return new DashboardPage(
            year,
            plan.Years,
            message,
            Sum(plan.Measures),
            [.. plan.Measures.GroupBy(m => m.Policy).OrderBy(g => g.Key.Number)
                .Select(g => new TallyRow($"政策{g.Key.Number}「{g.Key.ShortName}」", null, Sum(g)))],
            [.. plan.Measures.GroupBy(m => m.Challenge).OrderBy(g => g.Key.Order)
                .Select(g => new TallyRow(g.Key.Label, null, Sum(g)))],
            [.. plan.Measures.GroupBy(m => m.Section).OrderBy(g => g.Key.SortOrder)
                .Select(g => new TallyRow(g.Key.Name, null, Sum(g)))],
            [.. SdgGoals(plan).Select(goal => new TallyRow(
                string.Create(CultureInfo.InvariantCulture, $"目標{goal.Goal} {goal.Label}"),
                null,
                Sum(plan.Measures.Where(m => m.SdgGoals.Any(g => g.Goal == goal.Goal)))))],
            Submissions(plan),
            Behind(plan, year),
            [.. plan.Measures.Select(m => new MeasureRow(
                m.Number,
                m.Title,
                $"政策{m.Policy.Number}「{m.Policy.ShortName}」",
                m.Section.Name,
                m.StateIn(year),
                m.RatingIn(year),
                byMeasure[m.Id]))])
        {
            Budget = budget,
        };
    }

    /// <summary>The requested year when it is a reporting year; otherwise the latest year with anything submitted.</summary>
    public static (int Year, string? Message) ChooseYear(PlanProgress plan, int? requested)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Years.Count == 0)
        {
            return (0, "計画期間が登録されていません。");
        }

        if (requested is { } y && plan.Years.Contains(y))
        {
            return (y, null);
        }

        var latest = plan.Years.LastOrDefault(year => plan.Measures.Any(m => m.StateIn(year) is RecordState.Submitted or RecordState.Approved));
        var chosen = latest == 0 ? plan.Years[0] : latest;
        var message = requested is null
            ? null
            : OutOfRange(plan.Years, chosen);
        return (chosen, message);
    }

    private static string OutOfRange(IReadOnlyList<int> years, int chosen) =>
        $"指定された年度は対象外です。{ValueFormat.Wareki(years[0])}から{ValueFormat.Wareki(years[^1])}までの年度を選んでください（{ValueFormat.Wareki(chosen)}を表示しています）。";

    /// <summary>Each SDG goal named by any measure, with the label the source prints first.</summary>
    public static IReadOnlyList<SdgRef> SdgGoals(PlanProgress plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Measures.SelectMany(m => m.SdgGoals).GroupBy(g => g.Goal).OrderBy(g => g.Key).Select(g => g.First())];
    }

    private static List<SectionSubmissionRow> Submissions(PlanProgress plan) =>
        [.. plan.Measures.GroupBy(m => m.Section).OrderBy(g => g.Key.SortOrder).Select(section => new SectionSubmissionRow(
            section.Key,
            section.Count(),
            [.. plan.Years.Select(year => new SubmissionCell(
                year,
                [.. StateOrder
                    .Select(state => new StateCount(state, section.Count(m => m.StateIn(year) == state)))
                    .Where(c => c.Count > 0)]))]))];

    private static List<BehindRow> Behind(PlanProgress plan, int year) =>
        [.. plan.Measures
            .SelectMany(m => m.ActiveIn(year).Select(i => (Measure: m, Indicator: i, Result: i.In(year))))
            .Where(x => x.Result?.Achievement is { Rating: < AchievementRating.B } || x.Result?.Achievement?.WorseThanBaseline == true)
            .FurthestBehindFirst(x => x.Result!.Achievement!)
            .Take(BehindListLength)
            .Select(x => new BehindRow(x.Measure.Number, x.Measure.Title, x.Measure.Section.Name, x.Indicator, x.Result!))];
}
