namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// The licence the open data is published under (configuration section <c>OpenData</c>). The default is CC BY 4.0,
/// which the government's 公共データ利用規約（第1.0版） is compatible with; a city that chooses another licence sets it
/// here and every page and the feed name it.
/// </summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    public string LicenceName { get; set; } = "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）";

    public string LicenceUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/deed.ja";

    /// <summary>A sentence about the licence shown under its name; empty for none.</summary>
    public string LicenceNote { get; set; } = "公共データ利用規約（第1.0版）（PDL1.0）と互換性があります。出典を記載すれば、商用を含めて自由に複製・加工・再配布できます。";
}
