using AsoPlan.Core.Accounts;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>What the account pages read; nothing here changes data.</summary>
public sealed class AccountQueries(AsoPlanDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync()
    {
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                Email = u.Email ?? u.UserName ?? "",
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Section = u.Section == null ? null : u.Section.Name,
                u.LockoutEnd,
                u.TwoFactorEnabled,
            })
            .ToListAsync();
        var now = clock.GetUtcNow();
        return [.. rows.Select(r => new AccountRow(r.Id, r.DisplayName, r.Email, InOrder(r.Roles), r.Section, r.LockoutEnd > now, r.TwoFactorEnabled))];
    }

    public async Task<AccountEditForm?> EditFormAsync(string id)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                Email = u.Email ?? u.UserName ?? "",
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.SectionId,
                u.ReviewerAccessUntil,
                u.ConcurrencyStamp,
                u.LockoutEnd,
                u.TwoFactorEnabled,
            })
            .SingleOrDefaultAsync();
        if (user is null)
        {
            return null;
        }

        return new AccountEditForm
        {
            Id = user.Id,
            Email = user.Email,
            DisplayName = user.DisplayName,
            Roles = [.. InOrder(user.Roles)],
            SectionId = user.SectionId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReviewerAccessUntil = user.ReviewerAccessUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ConcurrencyStamp = user.ConcurrencyStamp,
            Locked = user.LockoutEnd > clock.GetUtcNow(),
            TwoFactor = user.TwoFactorEnabled,
            Sections = await SectionsAsync(),
        };
    }

    /// <summary>Fills what a redisplayed edit form shows but does not post back.</summary>
    public async Task<bool> RefillAsync(string id, AccountEditForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var current = await EditFormAsync(id);
        if (current is null)
        {
            return false;
        }

        form.Id = current.Id;
        form.Email = current.Email;
        form.Locked = current.Locked;
        form.TwoFactor = current.TwoFactor;
        form.Sections = current.Sections;
        return true;
    }

    public async Task<string?> EmailAsync(string id) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email ?? u.UserName).SingleOrDefaultAsync();

    public async Task<IReadOnlyList<SectionOption>> SectionsAsync() =>
        await db.Sections.AsNoTracking()
            .OrderBy(s => s.DepartmentId == null ? int.MaxValue : s.DepartmentId).ThenBy(s => s.SortOrder)
            .Select(s => new SectionOption(s.Id, s.Name, s.Department == null ? "" : s.Department.Name))
            .ToListAsync();

    private static List<string> InOrder(IEnumerable<string> roles) => [.. Roles.All.Where(roles.Contains)];
}
