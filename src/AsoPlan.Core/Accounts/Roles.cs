namespace AsoPlan.Core.Accounts;

/// <summary>The portal's roles. An account may hold several; SectionStaff accounts belong to one section.</summary>
public static class Roles
{
    public const string Admin = "Admin";

    public const string PlanningOffice = "PlanningOffice";

    public const string SectionStaff = "SectionStaff";

    /// <summary>
    /// A member of the external review committee (外部評価委員): reads the year under review and records findings,
    /// changes nothing else. An administrator gives the role with a last day of access
    /// (<c>AppUser.ReviewerAccessUntil</c>); without one the account can do nothing (docs/external-review.md).
    /// </summary>
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Admin, PlanningOffice, SectionStaff, Reviewer];

    public static string Japanese(string role) => role switch
    {
        Admin => "管理者",
        PlanningOffice => "企画担当（政策防災課）",
        SectionStaff => "課の担当者",
        Reviewer => "外部評価委員",
        _ => role,
    };
}
