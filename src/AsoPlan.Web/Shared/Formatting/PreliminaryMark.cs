using AsoPlan.Core.Publication;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>
/// 速報値 said in words wherever an actual value is shown (pages, report, workbook, CSV): a preliminary value is never
/// printed as if it were final.
/// </summary>
public static class PreliminaryMark
{
    /// <summary>Printed right after the value: 「923g（速報値）」.</summary>
    public const string Suffix = "（速報値）";

    /// <summary>The legend line on a page that shows a 速報値.</summary>
    public const string Legend = "「速報値」は、統計などが確定する前の値です。確定値が出たら、訂正のお知らせとともに確定値に置き換えます。";

    /// <summary>The value's text, with 「（速報値）」 after it when it is one.</summary>
    public static string After(string value, bool preliminary) => preliminary ? value + Suffix : value;

    /// <summary>The value's text, with 「（速報値）」 after it when its status says so.</summary>
    public static string After(string value, ValueStatus status) => After(value, status == ValueStatus.Preliminary);
}
