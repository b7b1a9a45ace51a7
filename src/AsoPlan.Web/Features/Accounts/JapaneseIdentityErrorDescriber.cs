using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>Identity's validation messages in Japanese, for the forms and the create-admin command.</summary>
public sealed class JapaneseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "処理できませんでした。もう一度お試しください。");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "ほかの人が先にこのアカウントを変更しました。画面を開き直してから、もう一度操作してください。");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "現在のパスワードが正しくありません。");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "確認コードが正しくないか、期限が切れています。");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "リカバリーコードが正しくありません。");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "このログインは既にほかのアカウントで使われています。");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "メールアドレスに使えない文字が含まれています。");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "メールアドレスの形式が正しくありません。");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "このメールアドレスのアカウントは既にあります。");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "このメールアドレスのアカウントは既にあります。");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "権限の名前が正しくありません。");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "この権限は既にあります。");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "このアカウントには既にパスワードが設定されています。");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "このアカウントはロックできません。");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "このアカウントは既にその権限を持っています。");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "このアカウントはその権限を持っていません。");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"パスワードは{length}文字以上にしてください。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"パスワードには{uniqueChars}種類以上の文字を使ってください。");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "パスワードには記号を1文字以上含めてください。");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "パスワードには数字を1文字以上含めてください。");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "パスワードには英小文字を1文字以上含めてください。");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "パスワードには英大文字を1文字以上含めてください。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
