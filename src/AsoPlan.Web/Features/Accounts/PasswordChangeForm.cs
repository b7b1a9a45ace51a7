using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

public sealed class PasswordChangeForm
{
    [Display(Name = "現在のパスワード")]
    [Required(ErrorMessage = "現在のパスワードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, ErrorMessage = "パスワードが長すぎます。")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "新しいパスワード（12文字以上）")]
    [Required(ErrorMessage = "新しいパスワードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, MinimumLength = AccountPolicy.MinPasswordLength, ErrorMessage = "パスワードは12文字以上、256文字以内にしてください。")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "新しいパスワード（確認）")]
    [Required(ErrorMessage = "確認のため、新しいパスワードをもう一度入力してください。")]
    [Compare(nameof(NewPassword), ErrorMessage = "確認のために入力したパスワードが一致しません。")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
