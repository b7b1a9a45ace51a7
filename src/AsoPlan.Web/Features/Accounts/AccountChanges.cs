using AsoPlan.Core.Accounts;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// The frame of every account change: Identity's steps and the audit row commit in one transaction
/// or not at all, and the snapshots the audit row compares.
/// </summary>
public sealed class AccountChanges(AsoPlanDbContext db, UserManager<AppUser> users, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = "AppUser";

    public const string SectionRequired = "課の担当者には所属課を選んでください。";

    public UserManager<AppUser> Users => users;

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that commits only when it succeeds. Identity
    /// saves after each of its steps; the transaction is what makes the steps and the audit row one change.
    /// </summary>
    public Task<AccountResult> RunAsync(Func<Task<AccountResult>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            var transaction = await db.Database.BeginTransactionAsync();
            await using (transaction)
            {
                var result = await work();
                if (result.Succeeded)
                {
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }
                else
                {
                    await transaction.RollbackAsync();
                    db.ChangeTracker.Clear();
                }

                return result;
            }
        });
    }

    /// <summary>
    /// Finds the account, applies <paramref name="change"/> and audits it as <paramref name="action"/>
    /// with the before and after snapshots, all in one transaction. Returns the changed account on success.
    /// </summary>
    public async Task<(AccountResult Result, AppUser? User)> ChangeAsync(
        Func<Task<AppUser?>> find, Func<AppUser, string> actor, string action, Func<AppUser, Task<AccountResult>> change)
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        AppUser? changed = null;
        var result = await RunAsync(async () =>
        {
            var user = await find();
            if (user is null)
            {
                return AccountResult.Missing;
            }

            var before = await SnapshotAsync(user);
            var outcome = await change(user);
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            Record(actor(user), action, user, before, await SnapshotAsync(user));
            changed = user;
            return outcome;
        });
        return (result, result.Succeeded ? changed : null);
    }

    /// <summary>Two-factor sign-in off and the old authenticator key made useless.</summary>
    public async Task<AccountResult> TurnOffTwoFactorAsync(AppUser user)
    {
        var result = await users.SetTwoFactorEnabledAsync(user, false);
        return AccountResult.From(result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result);
    }

    /// <summary>Adds the audit row unless nothing an auditor would see has changed.</summary>
    public void Record(string actor, string action, AppUser user, AccountSnapshot? before, AccountSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (before is not null && AuditTrail.Snapshot(before) == AuditTrail.Snapshot(after) && !action.Contains("password", StringComparison.Ordinal))
        {
            return;
        }

        audit.Record(actor, action, EntityType, user.UserName ?? user.Id, before, after);
    }

    public async Task<AccountSnapshot> SnapshotAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user);
        var section = user.SectionId is { } id
            ? await db.Sections.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync()
            : null;
        return new AccountSnapshot(
            user.Email ?? "",
            user.DisplayName,
            [.. Roles.All.Where(roles.Contains)],
            section,
            user.LockoutEnd > clock.GetUtcNow(),
            user.TwoFactorEnabled);
    }

    /// <summary>Only known roles; a section exactly when the account is section staff, and one that exists.</summary>
    public async Task<AccountResult> CheckRolesAndSectionAsync(IReadOnlyCollection<string> roles, int? sectionId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            return AccountResult.Failed("Roles", "選べない権限が含まれています。");
        }

        if (roles.Contains(Roles.SectionStaff))
        {
            if (sectionId is null)
            {
                return AccountResult.Failed("SectionId", SectionRequired);
            }

            if (!await db.Sections.AnyAsync(s => s.Id == sectionId))
            {
                return AccountResult.Failed("SectionId", "選んだ所属課が見つかりません。");
            }
        }

        return AccountResult.Success;
    }
}
