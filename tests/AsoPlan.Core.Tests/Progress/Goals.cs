using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Tests.Progress.Seed;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>
/// Goals of real rows, read from seeds/plan.json (R2 = 2020 baseline, R6 = 2024 target), so the
/// directions and numbers the tests reason about are the ones the app really loads.
/// </summary>
internal static class Goals
{
    // M03-I01 有害鳥獣捕獲従事者数 105人 → 120人 (Increase)
    public static IndicatorGoal HunterCount => Of("M03-I01");

    // M11-I05 要介護(支援)認定率 21.2% → 19.5% (Decrease)
    public static IndicatorGoal CareNeedRate => Of("M11-I05");

    // M11-I05 as a decrease without a baseline (— → 19.5%), as plan editing allows: no seed row is one
    public static IndicatorGoal CareNeedRateWithoutBaseline => CareNeedRate with { BaselineFiscalYear = null, BaselineValue = null };

    // M08-I01 市民1人が排出する1日当たりのごみの量 922 g → 924 g (AtMost: a ceiling)
    public static IndicatorGoal WastePerPerson => Of("M08-I01");

    // M10-I06 年度末時点の待機児童数 0人 → 0人 (AtMost: keep at zero)
    public static IndicatorGoal WaitingChildren => Of("M10-I06");

    // M14-I02 汚水処理人口普及率 65.33% → 65.00% (AtLeast: a floor)
    public static IndicatorGoal SewageCoverage => Of("M14-I02");

    // M06-I03 熊本県農業公社を介したあっせん事業の活用 21.4ha → 16.0ha (AtLeast: a floor)
    public static IndicatorGoal FarmlandBrokerage => Of("M06-I03");

    // M06-I02 耕作放棄地の発生・防止 33.8ha → 30.0ha (Decrease)
    public static IndicatorGoal AbandonedFarmland => Of("M06-I02");

    // M03-I06 担い手・農業法人への農地集積率 - → 80% (Increase, no baseline)
    public static IndicatorGoal FarmlandConsolidation => Of("M03-I06");

    // M12-I02 医療提供に係る患者満足度 — → 4.5点以上/5.0点 (Increase, no baseline)
    public static IndicatorGoal PatientSatisfaction => Of("M12-I02");

    // M19-I01 市税収納率（現年課税分） 98.30% → 98.35% (Increase, 2 decimals)
    public static IndicatorGoal TaxCollection => Of("M19-I01");

    // M04-I02 年間宿泊者数 226,450人 → 730,000人 and M04-I03 うち年間外国人宿泊者数 15,031人 → 230,000人
    public static IndicatorGoal OvernightGuests => Of("M04-I02");

    public static IndicatorGoal ForeignOvernightGuests => Of("M04-I03");

    // M12-I03 紹介率 37.4% → 45.0%以上 and M12-I04 逆紹介率 40.5% → 50.0%以上 (Increase: 以上 only marks the target as a minimum)
    public static IndicatorGoal ReferralRate => Of("M12-I03");

    public static IndicatorGoal ReverseReferralRate => Of("M12-I04");

    // M12-I06 災害拠点病院としての機能充実 DMAT隊1班体制 → 2班以上 (Increase along the path)
    public static IndicatorGoal DmatTeams => Of("M12-I06");

    // M08-I03 消費生活啓発講座の参加者数 617人 (R1 = 2019) → 800人: a five-year path
    public static IndicatorGoal ConsumerCourseParticipants => Of("M08-I03");

    // M13-I04 河川護岸延長 0m → 160m: a path that starts at zero
    public static IndicatorGoal RiverRevetment => Of("M13-I04");

    // M18-I03 公共交通利用者数（乗合タクシー） 3,432人 → 10%向上
    public static Indicator SharedTaxiIndicator => SeedIndicators.ByCode("M18-I03");

    public static IndicatorGoal Of(string code) => IndicatorGoal.For(SeedIndicators.ByCode(code));
}
