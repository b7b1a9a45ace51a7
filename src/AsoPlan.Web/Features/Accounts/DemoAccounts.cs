using AsoPlan.Core.Accounts;
using AsoPlan.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Fixed accounts for trying the portal on a developer's machine, created at startup in the
/// Development environment only (never in Testing or Production). Listed in README.
/// An account that already exists is left as it is, password included.
/// </summary>
public static class DemoAccounts
{
    public const string Actor = "system:demo-seed";

    /// <summary>Section staff of 建設課, which owns measure 13 (7 indicators).</summary>
    public static readonly DemoAccount Staff = new("kensetsu@demo.asoplan.example", "建設課 担当者（デモ）", Roles.SectionStaff, "kensetsu", "kensetsu-demo-2024");

    /// <summary>The planning office (政策防災課); as a planning account it carries no section.</summary>
    public static readonly DemoAccount PlanningOffice = new("kikaku@demo.asoplan.example", "政策防災課 企画担当（デモ）", Roles.PlanningOffice, null, "kikaku-demo-2024");

    public static readonly DemoAccount Admin = new("admin@demo.asoplan.example", "管理者（デモ）", Roles.Admin, null, "admin-demo-2024");

    public static IReadOnlyList<DemoAccount> All { get; } = [Staff, PlanningOffice, Admin];

    public static async Task SeedAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var users = services.GetRequiredService<UserManager<Data.Identity.AppUser>>();
        var db = services.GetRequiredService<AsoPlanDbContext>();
        var administration = services.GetRequiredService<AccountAdministration>();
        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var sectionId = demo.SectionCode is null ? (int?)null : await db.Sections.Where(s => s.Code == demo.SectionCode).Select(s => s.Id).SingleAsync();
            var result = await administration.CreateAsync(Actor, new NewAccount(demo.Email, demo.DisplayName, [demo.Role], sectionId, demo.Password));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {demo.Email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Message))}");
            }
        }
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string? SectionCode, string Password);
