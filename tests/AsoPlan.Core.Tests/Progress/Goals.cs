using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>Goals of real seed rows (docs/seed-data.md), R2 = 2020 baseline, R6 = 2024 target.</summary>
internal static class Goals
{
    // 03-01 有害鳥獣捕獲従事者数 105人 → 120人
    public static IndicatorGoal HunterCount => new(IndicatorDirection.Increase, 0, 2020, 105m, 2024, 120m);

    // 11-05 要介護(支援)認定率 21.2% → 19.5% (lower is better)
    public static IndicatorGoal CareNeedRate => new(IndicatorDirection.Decrease, 1, 2020, 21.2m, 2024, 19.5m);

    // 08-01 市民1人が排出する1日当たりのごみの量 922 g → 924 g, a ceiling
    public static IndicatorGoal WastePerPerson => new(IndicatorDirection.AtMost, 0, 2020, 922m, 2024, 924m);

    // 10-06 年度末時点の待機児童数 0人 → 0人, keep at zero
    public static IndicatorGoal WaitingChildren => new(IndicatorDirection.AtMost, 0, 2020, 0m, 2024, 0m);

    // 14-02 汚水処理人口普及率 65.33% → 65.00%, a floor
    public static IndicatorGoal SewageCoverage => new(IndicatorDirection.AtLeast, 2, 2020, 65.33m, 2024, 65.00m);

    // 03-06 担い手・農業法人への農地集積率 - → 80%, no baseline
    public static IndicatorGoal FarmlandConsolidation => new(IndicatorDirection.Increase, 0, null, null, 2024, 80m);

    // 12-02 医療提供に係る患者満足度 — → 4.5点以上
    public static IndicatorGoal PatientSatisfaction => new(IndicatorDirection.AtLeast, 1, null, null, 2024, 4.5m);

    // 19-01 市税収納率（現年課税分） 98.30% → 98.35%
    public static IndicatorGoal TaxCollection => new(IndicatorDirection.Increase, 2, 2020, 98.30m, 2024, 98.35m);

    // 04-02 年間宿泊者数 226,450人 → 730,000人 and 04-02-2 うち年間外国人宿泊者数 15,031人 → 230,000人
    public static IndicatorGoal OvernightGuests => new(IndicatorDirection.Increase, 0, 2020, 226_450m, 2024, 730_000m);

    public static IndicatorGoal ForeignOvernightGuests => new(IndicatorDirection.Increase, 0, 2020, 15_031m, 2024, 230_000m);

    // 12-05 災害拠点病院としての機能充実 DMAT隊1班体制 → 2班以上
    public static IndicatorGoal DmatTeams => new(IndicatorDirection.AtLeast, 0, 2020, 1m, 2024, 2m);

    // 18-03 公共交通利用者数（乗合タクシー） 3,432人 → 10%向上
    public static Indicator SharedTaxiIndicator => new()
    {
        Code = "18-03",
        RowName = "公共交通利用者数（乗合タクシー）",
        Name = "公共交通利用者数（乗合タクシー）",
        Unit = "人",
        Decimals = 0,
        BaselineFiscalYear = 2020,
        BaselineValue = 3432m,
        BaselineText = "3,432 人",
        TargetFiscalYear = 2024,
        TargetRelativePercent = 10m,
        TargetText = "10%向上",
        Direction = IndicatorDirection.Increase,
    };
}
