using System.Linq.Expressions;
using AsoPlan.Core.Plan;

namespace AsoPlan.Web.Features.Portal;

/// <summary>The one translation of a measure into a list item, used by every list that shows measures.</summary>
public static class MeasureProjections
{
    public static readonly Expression<Func<Measure, MeasureItem>> Item = m =>
        new MeasureItem(m.Number, m.Title, new SectionLink(m.OwnerSection!.Code, m.OwnerSection.Name), m.OwnerLabel, m.Indicators.Count);
}
