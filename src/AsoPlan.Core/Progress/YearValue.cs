namespace AsoPlan.Core.Progress;

/// <summary>A value of an indicator in a fiscal year (Gregorian start year).</summary>
public readonly record struct YearValue(int FiscalYear, decimal Value);
