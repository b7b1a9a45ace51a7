using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

public sealed class AccountCreateForm : AccountFields
{
    [Display(Name = "メールアドレス（ログインID）")]
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [StringLength(256, ErrorMessage = "メールアドレスは256文字以内で入力してください。")]
    public string Email { get; set; } = "";

    [Display(Name = "初期パスワード（12文字以上）")]
    [Required(ErrorMessage = "初期パスワードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, MinimumLength = AccountPolicy.MinPasswordLength, ErrorMessage = "パスワードは12文字以上、256文字以内にしてください。")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "初期パスワード（確認）")]
    [Required(ErrorMessage = "確認のため、初期パスワードをもう一度入力してください。")]
    [Compare(nameof(Password), ErrorMessage = "確認のために入力したパスワードが一致しません。")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
