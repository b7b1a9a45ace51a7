using System.Globalization;
using System.Text.Json.Nodes;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>
/// The open data of the external review: every published committee finding (審議会の意見) with the city's response
/// (市の対応方針), one row per measure and fiscal year, as the measure page shows them. Drafts and the reviewers' own
/// findings are never in it. The same columns make committee-findings.csv, .json and the dictionary on /opendata.
/// </summary>
public static class CommitteeFindingColumns
{
    public static IReadOnlyList<OpenDataField<OpenCommitteeFinding>> All { get; } =
    [
        new("年度", "fiscalYear", "評価の対象の年度（西暦の年度。2021は令和3年度）", f => f.Finding.FiscalYear),
        new("年度（和暦）", "fiscalYearLabel", "評価の対象の年度（和暦）", f => ValueFormat.Wareki(f.Finding.FiscalYear)),
        new("政策番号", "policyNumber", "施策が属する政策の番号", f => f.PolicyNumber),
        new("実施施策番号", "measureNumber", "実施施策の番号", f => f.MeasureNumber),
        new("実施施策名", "measureTitle", "実施施策の名称", f => f.MeasureTitle),
        new("審議会の評価", "committeeRating", "その年度の施策評価に対する審議会の評価（妥当・一部見直しが必要・見直しが必要）", f => f.Finding.Rating.Japanese()),
        new("審議会の意見", "committeeOpinion", "総合計画審議会（外部評価）の意見", f => f.Finding.CommitteeOpinion),
        new("市の対応方針", "cityResponse", "審議会の意見に対する市の対応方針", f => f.Finding.CityResponse),
        new("公表日", "publishedOn", "はじめて公表した日（日本時間、YYYY-MM-DD）", f => f.Finding.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("公表後の訂正", "corrections", "公表後に訂正したときの日付・箇所・理由（複数あるときは改行で区切る。なければ空欄）", f => f.Finding.Corrections.Count == 0 ? null : string.Join("\n", f.Finding.Corrections)),
    ];

    public static byte[] Csv(IEnumerable<OpenCommitteeFinding> findings) => OpenDataTable.Csv(All, findings);

    public static JsonObject Json(PortalPeriod period, IEnumerable<OpenCommitteeFinding> findings) => OpenDataTable.Json(period, "committeeFindings", All, findings);
}
