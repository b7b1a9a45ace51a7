using AsoPlan.Web.Features.Portal;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>One indicator series with where it belongs: a row of indicators.csv and an element of indicators.json.</summary>
public sealed record IndicatorSeries(int MeasureNumber, string MeasureTitle, int PolicyNumber, string Section, IndicatorRow Row);
