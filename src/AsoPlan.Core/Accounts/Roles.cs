namespace AsoPlan.Core.Accounts;

/// <summary>The portal's roles. An account may hold several; SectionStaff accounts belong to one section.</summary>
public static class Roles
{
    public const string Admin = "Admin";

    public const string PlanningOffice = "PlanningOffice";

    public const string SectionStaff = "SectionStaff";

    /// <summary>
    /// A member of the external review committee (外部評価委員): reads the year under review and records findings,
    /// changes nothing else. Not in <see cref="All"/> yet: it joins once the web side creates the role and the admin
    /// page can give it with an access period (docs/external-review.md, "Still to build").
    /// </summary>
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Admin, PlanningOffice, SectionStaff];

    public static string Japanese(string role) => role switch
    {
        Admin => "管理者",
        PlanningOffice => "企画担当（政策防災課）",
        SectionStaff => "課の担当者",
        Reviewer => "外部評価委員",
        _ => role,
    };
}
