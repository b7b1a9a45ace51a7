using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Progress;

/// <summary>Each measure's rating in its own latest approved (published) year, from approved values only.</summary>
public sealed class MeasureStatusQuery(ProgressQuery progress)
{
    public async Task<PlanStatus> LoadAsync(int periodId, CancellationToken cancellationToken)
    {
        var plan = await progress.LoadAsync(ValueScope.Approved, periodId, cancellationToken);
        var statuses = new Dictionary<int, MeasureStatus>();
        foreach (var measure in plan.Measures)
        {
            var latest = plan.Years.LastOrDefault(y => measure.StateIn(y) == RecordState.Approved);
            if (latest != 0 && measure.ActiveIn(latest).Any())
            {
                var worse = measure.ActiveIn(latest).Count(i => i.In(latest)?.Achievement?.WorseThanBaseline == true);
                statuses[measure.Number] = new MeasureStatus(latest, measure.RatingIn(latest), worse);
            }
        }

        return statuses.Count == 0 ? PlanStatus.None : new PlanStatus(statuses.Values.Max(s => s.Year), statuses);
    }
}
