using System.Globalization;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Progress;

/// <summary>The public /progress page of one plan period, from approved values only.</summary>
public sealed class ProgressOverviewQuery(ProgressQuery progress)
{
    public async Task<ProgressOverviewPage> LoadAsync(int periodId, int? requestedYear, CancellationToken cancellationToken)
    {
        var plan = await progress.LoadAsync(ValueScope.Approved, periodId, cancellationToken);
        var years = plan.Years.Select(year => new YearPublication(
            year,
            plan.Measures.Count(m => m.IsPublishedIn(year)),
            plan.Measures.Count,
            plan.Indicators.Count(i => i.Indicator.IsActiveIn(year) && i.In(year)?.Value is not null),
            plan.Indicators.Count(i => i.Indicator.IsActiveIn(year)))).ToList();

        var latest = years.LastOrDefault(y => y.Any)?.Year;
        int? year = requestedYear is { } r && plan.Years.Contains(r) ? r : latest;
        var message = requestedYear is not null && year != requestedYear
            ? "指定された年度は表示できません。下の一覧から年度を選んでください。"
            : null;
        if (year is not { } y)
        {
            return new ProgressOverviewPage(null, years, message, Core.Progress.RatingTally.Empty, [], [], []);
        }

        return new ProgressOverviewPage(
            y,
            years,
            message,
            plan.Tally(y),
            [.. plan.Measures.GroupBy(m => m.Policy).OrderBy(g => g.Key.Number).Select(g => new TallyRow(
                $"政策{g.Key.Number}「{g.Key.ShortName}」{g.Key.Title}",
                string.Create(CultureInfo.InvariantCulture, $"/policies/{g.Key.Number}"),
                plan.Tally(y, m => m.Policy == g.Key)))],
            [.. DashboardQuery.SdgGoals(plan).Select(goal => new TallyRow(
                string.Create(CultureInfo.InvariantCulture, $"目標{goal.Goal} {goal.Label}"),
                string.Create(CultureInfo.InvariantCulture, $"/sdgs#goal-{goal.Goal}"),
                plan.Tally(y, m => m.SdgGoals.Any(g => g.Goal == goal.Goal))))],
            [.. plan.Measures.Select(m => new PublicMeasureRow(
                m.Number,
                m.Title,
                $"政策{m.Policy.Number}「{m.Policy.ShortName}」",
                m.IsPublishedIn(y),
                m.RatingIn(y),
                Worse(m, y)))],
            [.. plan.Measures.Select(m => new MeasureHistory(
                m.Number,
                m.Title,
                [.. plan.Years.Select(year => new MeasureYearRating(year, m.StateIn(year) == RecordState.Approved ? m.RatingIn(year) : null))]))]);
    }

    private static IReadOnlyList<WorseValue> Worse(MeasureProgress measure, int year) =>
    [
        .. measure.ActiveIn(year)
            .Where(i => i.In(year)?.Achievement?.WorseThanBaseline == true)
            .Select(i => new WorseValue(
                measure.Number,
                i.Indicator.Code,
                i.Indicator.Name,
                PreliminaryMark.After(ValueFormat.WithUnit(i.In(year)!.Value!.Value, i.Indicator.Decimals, i.Indicator.Unit), i.In(year)!.IsPreliminary),
                ValueFormat.WithUnit(i.Indicator.BaselineValue!.Value, i.Indicator.Decimals, i.Indicator.Unit))),
    ];
}
