namespace AsoPlan.Core.Accounts;

/// <summary>The portal's roles. An account may hold several; SectionStaff accounts belong to one section.</summary>
public static class Roles
{
    public const string Admin = "Admin";

    public const string PlanningOffice = "PlanningOffice";

    public const string SectionStaff = "SectionStaff";

    public static readonly IReadOnlyList<string> All = [Admin, PlanningOffice, SectionStaff];

    public static string Japanese(string role) => role switch
    {
        Admin => "管理者",
        PlanningOffice => "企画担当（政策防災課）",
        SectionStaff => "課の担当者",
        _ => role,
    };
}
