using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>An account a mail may go to, with its section (null for an account without one).</summary>
public sealed record RoleRecipient(int? SectionId, MailRecipient Recipient);

/// <summary>
/// Who the portal mails, for the reminders and the record notices alike: the accounts of a role (optionally of one
/// section) that have an e-mail address and are not locked — neither by an administrator (until unlocked) nor by
/// failed sign-ins (until the lockout ends). Ordered by display name.
/// </summary>
public static class MailRecipients
{
    public static async Task<IReadOnlyList<RoleRecipient>> InRoleAsync(
        AsoPlanDbContext db, string role, DateTimeOffset now, int? sectionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accounts = await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role && user.Email != null && (sectionId == null || user.SectionId == sectionId)
                orderby user.DisplayName
                select new { user.SectionId, user.DisplayName, user.Email, user.LockoutEnd })
            .ToListAsync(cancellationToken);

        // Compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        return [.. accounts
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new RoleRecipient(u.SectionId, new MailRecipient(u.DisplayName, u.Email!)))];
    }
}
