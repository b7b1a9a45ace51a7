namespace AsoPlan.Data.Configurations;

/// <summary>
/// Column sizes shared by the configurations. Short structural strings get a bound so they can be
/// indexed on SQL Server; prose stays unbounded (nvarchar(max) / TEXT).
/// </summary>
internal static class ModelLimits
{
    public const int Code = 32;
    public const int ShortName = 50;
    public const int Name = 200;
    public const int Title = 300;
    public const int Unit = 20;
    public const int CellText = 100;
    public const int Note = 1000;

    /// <summary>A phone number as people write it: 0967-22-3111（内線 123）.</summary>
    public const int Phone = 40;

    /// <summary>Identity's own user name column is 256.</summary>
    public const int UserName = 256;

    /// <summary>Indicator values such as 98.30 %, 3,776 人 or 1,234,567 千円.</summary>
    public const int ValuePrecision = 18;
    public const int ValueScale = 4;

    /// <summary>A published evaluation's shares (progress, share of the path): exact enough to rate again to the same band.</summary>
    public const int SharePrecision = 28;
    public const int ShareScale = 12;

    /// <summary>A correction's public notes (a few dated lines).</summary>
    public const int PublicationNotes = 4000;
}
