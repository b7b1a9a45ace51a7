using AsoPlan.Core.Accounts;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

public sealed record NewAccount(string Email, string DisplayName, IReadOnlyCollection<string> Roles, int? SectionId, string Password, DateOnly? ReviewerAccessUntil = null);

public sealed record AccountUpdate(string DisplayName, IReadOnlyCollection<string> Roles, int? SectionId, string? ConcurrencyStamp, DateOnly? ReviewerAccessUntil = null);

/// <summary>
/// What an administrator does to accounts. Every change is audited with the acting user name; a
/// section is kept only for section staff; nobody gains a role that was not explicitly chosen.
/// </summary>
public sealed class AccountAdministration(AccountChanges changes)
{
    private UserManager<AppUser> Users => changes.Users;

    public Task<AccountResult> CreateAsync(string actor, NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return changes.RunAsync(async () =>
        {
            var roles = Distinct(account.Roles);
            var check = await changes.CheckRolesAndSectionAsync(roles, account.SectionId);
            if (!check.Succeeded || ReviewerProblem(roles, account.ReviewerAccessUntil) is { } reviewer && (check = reviewer) is not null)
            {
                return check;
            }

            var email = account.Email.Trim();
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                DisplayName = account.DisplayName.Trim(),
                SectionId = roles.Contains(Roles.SectionStaff) ? account.SectionId : null,
                ReviewerAccessUntil = roles.Contains(Roles.Reviewer) ? account.ReviewerAccessUntil : null,
            };
            var created = await Users.CreateAsync(user, account.Password);
            if (created.Succeeded && roles.Count > 0)
            {
                created = await Users.AddToRolesAsync(user, roles);
            }

            if (!created.Succeeded)
            {
                return AccountResult.From(created);
            }

            changes.Record(actor, "account.create", user, null, await changes.SnapshotAsync(user));
            return AccountResult.Success;
        });
    }

    public async Task<AccountResult> UpdateAsync(string actor, string id, AccountUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var roles = Distinct(update.Roles);
        return await ChangeAsync(actor, id, "account.update", async user =>
        {
            // Required, not only compared: a post without the stamp would otherwise overwrite whatever changed since.
            if (string.IsNullOrEmpty(update.ConcurrencyStamp) || update.ConcurrencyStamp != user.ConcurrencyStamp)
            {
                return AccountResult.From(IdentityResult.Failed(Users.ErrorDescriber.ConcurrencyFailure()));
            }

            if (IsSelf(actor, user) && !roles.Contains(Roles.Admin))
            {
                return AccountResult.Failed("Roles", "自分自身の管理者権限は外せません。ほかの管理者に依頼してください。");
            }

            var check = await changes.CheckRolesAndSectionAsync(roles, update.SectionId);
            if (!check.Succeeded || ReviewerProblem(roles, update.ReviewerAccessUntil) is { } reviewer && (check = reviewer) is not null)
            {
                return check;
            }

            user.DisplayName = update.DisplayName.Trim();
            user.SectionId = roles.Contains(Roles.SectionStaff) ? update.SectionId : null;
            user.ReviewerAccessUntil = roles.Contains(Roles.Reviewer) ? update.ReviewerAccessUntil : null;
            var result = await Users.UpdateAsync(user);
            var current = await Users.GetRolesAsync(user);
            if (result.Succeeded && current.Except(roles).ToList() is { Count: > 0 } removed)
            {
                result = await Users.RemoveFromRolesAsync(user, removed);
            }

            if (result.Succeeded && roles.Except(current).ToList() is { Count: > 0 } added)
            {
                result = await Users.AddToRolesAsync(user, added);
            }

            return AccountResult.From(result);
        });
    }

    /// <summary>An external reviewer's account is time-limited: the role needs its last day (a date).</summary>
    private static AccountResult? ReviewerProblem(IReadOnlyCollection<string> roles, DateOnly? until) =>
        !roles.Contains(Roles.Reviewer) ? null
        : until is null ? AccountResult.Failed("ReviewerAccessUntil", "外部評価委員には利用期限（最終日）を入力してください。")
        : until == DateOnly.MinValue ? AccountResult.Failed("ReviewerAccessUntil", "利用期限は日付（例: 2027-03-31）で入力してください。")
        : null;

    /// <summary>
    /// Locks until an administrator unlocks (and ends the account's sessions), or lifts a lock,
    /// including one from failed sign-ins.
    /// </summary>
    public Task<AccountResult> SetLockedAsync(string actor, string id, bool locked) =>
        ChangeAsync(actor, id, locked ? "account.lock" : "account.unlock", async user =>
        {
            if (locked && IsSelf(actor, user))
            {
                return AccountResult.Failed(string.Empty, "自分自身のアカウントはロックできません。");
            }

            return AccountResult.From(locked ? await LockAsync(user) : await UnlockAsync(user));
        });

    /// <summary>Sets a password the administrator chose; the account's existing sessions end.</summary>
    public Task<AccountResult> ResetPasswordAsync(string actor, string id, string password) =>
        ChangeAsync(actor, id, "account.password-reset", async user =>
            AccountResult.From(await Users.ResetPasswordAsync(user, await Users.GeneratePasswordResetTokenAsync(user), password)));

    /// <summary>For a person who lost their authenticator and recovery codes: they sign in with the password alone again.</summary>
    public Task<AccountResult> DisableTwoFactorAsync(string actor, string id) =>
        ChangeAsync(actor, id, "account.two-factor-disable", changes.TurnOffTwoFactorAsync);

    /// <summary>
    /// The command line's way in: creates an administrator, or makes an existing account one, sets the
    /// given password and lifts any lock (so it also recovers an administrator who is locked out).
    /// </summary>
    public async Task<(AccountResult Result, bool Created)> CreateOrPromoteAdministratorAsync(string actor, string email, string? displayName, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        var existing = await Users.FindByEmailAsync(email.Trim());
        if (existing is null)
        {
            return (await CreateAsync(actor, new NewAccount(email, displayName ?? "管理者", [Roles.Admin], null, password)), true);
        }

        var result = await ChangeAsync(actor, existing.Id, "account.promote-admin", async user =>
        {
            user.DisplayName = displayName?.Trim() ?? user.DisplayName;
            var outcome = await Users.ResetPasswordAsync(user, await Users.GeneratePasswordResetTokenAsync(user), password);
            if (outcome.Succeeded && !await Users.IsInRoleAsync(user, Roles.Admin))
            {
                outcome = await Users.AddToRoleAsync(user, Roles.Admin);
            }

            return AccountResult.From(outcome.Succeeded ? await UnlockAsync(user) : outcome);
        });
        return (result, false);
    }

    private async Task<AccountResult> ChangeAsync(string actor, string id, string action, Func<AppUser, Task<AccountResult>> change) =>
        (await changes.ChangeAsync(() => Users.FindByIdAsync(id), _ => actor, action, change)).Result;

    private async Task<IdentityResult> LockAsync(AppUser user)
    {
        var result = await Users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded)
        {
            result = await Users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }

        return result.Succeeded ? await Users.UpdateSecurityStampAsync(user) : result;
    }

    private async Task<IdentityResult> UnlockAsync(AppUser user)
    {
        if (!user.LockoutEnabled)
        {
            return IdentityResult.Success;
        }

        var result = await Users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? await Users.ResetAccessFailedCountAsync(user) : result;
    }

    private static bool IsSelf(string actor, AppUser user) => string.Equals(actor, user.UserName, StringComparison.OrdinalIgnoreCase);

    private static List<string> Distinct(IReadOnlyCollection<string> roles) => [.. roles.Distinct(StringComparer.Ordinal)];
}
