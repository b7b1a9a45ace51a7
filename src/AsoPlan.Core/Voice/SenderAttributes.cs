namespace AsoPlan.Core.Voice;

/// <summary>
/// The optional facts a sender may give about themselves. They help the city see who speaks (counts by age group and
/// district, staff side only) and are never published beside an opinion: in a district as small as 波野 an age group,
/// a district and a text together can point to one person.
/// </summary>
public static class SenderAttributes
{
    public static IReadOnlyList<OpinionChoice> AgeGroups { get; } =
    [
        new("under20", "19歳以下"),
        new("20s", "20歳代"),
        new("30s", "30歳代"),
        new("40s", "40歳代"),
        new("50s", "50歳代"),
        new("60s", "60歳代"),
        new("70s", "70歳代"),
        new("80plus", "80歳以上"),
    ];

    /// <summary>
    /// The three districts of the city (the former 阿蘇町, 一の宮町 and 波野村), and 市外: the plan asks for the participation
    /// of businesses and organisations too, and people who work or study in Aso may live outside it.
    /// </summary>
    public static IReadOnlyList<OpinionChoice> Districts { get; } =
    [
        new("aso", "阿蘇地区"),
        new("ichinomiya", "一の宮地区"),
        new("namino", "波野地区"),
        new("outside", "市外"),
    ];

    public static string? AgeGroupLabel(string? code) => AgeGroups.FirstOrDefault(c => c.Code == code)?.Label;

    public static string? DistrictLabel(string? code) => Districts.FirstOrDefault(c => c.Code == code)?.Label;
}
