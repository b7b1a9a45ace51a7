using System.Security.Claims;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// What a signed-in person changes on their own account: password and two-factor sign-in. Each change
/// renews the security stamp, so the session is re-issued here to keep the person signed in.
/// </summary>
public sealed class OwnAccount(AccountChanges changes, SignInManager<AppUser> signIn, SignInFailures failures)
{
    public const string WrongProof = "パスワードまたは確認コードが正しくありません。";

    private UserManager<AppUser> Users => changes.Users;

    /// <summary>A wrong current password counts as a failed sign-in: per client address and account-wide.</summary>
    public Task<AccountResult> ChangePasswordAsync(ClaimsPrincipal principal, string currentPassword, string newPassword) =>
        CheckedAsync(principal, "CurrentPassword", () => ChangeOwnAsync(principal, "account.password-change", async user =>
            AccountResult.From(await Users.ChangePasswordAsync(user, currentPassword, newPassword), passwordField: "NewPassword")),
            result => result.Errors.Any(e => e.Field == "CurrentPassword"));

    /// <summary>The key and URI while two-factor sign-in is being set up; null when no setup was started.</summary>
    public async Task<AuthenticatorSetup?> PendingSetupAsync(ClaimsPrincipal principal)
    {
        var user = await Users.GetUserAsync(principal);
        if (user is null || user.TwoFactorEnabled)
        {
            return null;
        }

        var key = await Users.GetAuthenticatorKeyAsync(user);
        return key is null ? null : AuthenticatorSetup.For(user.Email ?? user.UserName!, key);
    }

    /// <summary>A fresh shared key; any earlier, unconfirmed key stops working. Not audited: nothing changes until a code confirms it.</summary>
    public async Task<AccountResult> StartSetupAsync(ClaimsPrincipal principal)
    {
        var user = await Users.GetUserAsync(principal);
        if (user is null)
        {
            return AccountResult.Missing;
        }

        if (user.TwoFactorEnabled)
        {
            return AccountResult.Failed(string.Empty, "2段階認証は既に有効です。設定し直すときは、いったん無効にしてください。");
        }

        return await SignInAgainAsync(user, AccountResult.From(await Users.ResetAuthenticatorKeyAsync(user)));
    }

    /// <summary>Turns two-factor sign-in on once the app shows a matching code; returns the recovery codes, shown once.</summary>
    public async Task<(AccountResult Result, IReadOnlyList<string> RecoveryCodes)> EnableAsync(ClaimsPrincipal principal, string code)
    {
        IReadOnlyList<string> recoveryCodes = [];
        var result = await ChangeOwnAsync(principal, "account.two-factor-enable", async user =>
        {
            if (user.TwoFactorEnabled || await Users.GetAuthenticatorKeyAsync(user) is null)
            {
                return AccountResult.Failed("Code", "2段階認証の設定を始めてから、確認コードを入力してください。");
            }

            var totp = OneTimeCode.AsAuthenticatorCode(code);
            if (totp is null || !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, totp))
            {
                return AccountResult.Failed("Code", "確認コードが正しくありません。認証アプリに表示されている最新の6桁の数字を入力してください。");
            }

            var enabled = await Users.SetTwoFactorEnabledAsync(user, true);
            if (enabled.Succeeded)
            {
                recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountPolicy.RecoveryCodeCount) ?? []];
            }

            return AccountResult.From(enabled);
        });
        return (result, result.Succeeded ? recoveryCodes : []);
    }

    /// <summary>
    /// Turns two-factor sign-in off only with proof that the person is here: the current password or a current
    /// authenticator code (accepted once). A wrong proof counts as a failed sign-in.
    /// </summary>
    public Task<AccountResult> DisableAsync(ClaimsPrincipal principal, string? proof) =>
        CheckedAsync(principal, "Proof", () => ChangeOwnAsync(principal, "account.two-factor-disable", async user =>
            await ProvesAsync(user, proof) ? await changes.TurnOffTwoFactorAsync(user) : AccountResult.Failed("Proof", WrongProof)),
            result => result.Errors.Any(e => e.Field == "Proof"));

    private async Task<bool> ProvesAsync(AppUser user, string? proof)
    {
        if (string.IsNullOrEmpty(proof))
        {
            return false;
        }

        return OneTimeCode.AsAuthenticatorCode(proof) is { } code
            ? await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code)
            : await Users.CheckPasswordAsync(user, proof);
    }

    /// <summary>
    /// Runs a change that checks a secret, refused outright while this (account, address) pair is locked; a wrong
    /// secret is counted after the change rolled back, so the count is not undone with it.
    /// </summary>
    private async Task<AccountResult> CheckedAsync(ClaimsPrincipal principal, string field, Func<Task<AccountResult>> change, Func<AccountResult, bool> wrongSecret)
    {
        var user = await Users.GetUserAsync(principal);
        if (user is null)
        {
            return AccountResult.Missing;
        }

        var account = user.Email ?? user.UserName ?? user.Id;
        var address = Infrastructure.Security.ClientAddress.Key(signIn.Context);
        if (failures.IsLocked(account, address))
        {
            return AccountResult.Failed(field, AsoPlan.Web.Features.Accounts.AccountController.LockedOutMessage);
        }

        var result = await change();
        if (result.Succeeded)
        {
            failures.Reset(account, address);
        }
        else if (!result.NotFound && wrongSecret(result))
        {
            var locked = failures.RecordFailure(account, address);
            if (await Users.FindByIdAsync(user.Id) is { } fresh)
            {
                await Users.AccessFailedAsync(fresh);
            }

            if (locked)
            {
                return AccountResult.Failed(field, AsoPlan.Web.Features.Accounts.AccountController.LockedOutMessage);
            }
        }

        return result;
    }

    private async Task<AccountResult> ChangeOwnAsync(ClaimsPrincipal principal, string action, Func<AppUser, Task<AccountResult>> change)
    {
        var (result, user) = await changes.ChangeAsync(() => Users.GetUserAsync(principal), u => u.UserName!, action, change);
        return await SignInAgainAsync(user, result);
    }

    private async Task<AccountResult> SignInAgainAsync(AppUser? user, AccountResult result)
    {
        if (result.Succeeded && user is not null)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return result;
    }
}
