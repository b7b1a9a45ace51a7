using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.Accounts;

public sealed class PasswordResetForm
{
    [Display(Name = "新しいパスワード（12文字以上）")]
    [Required(ErrorMessage = "新しいパスワードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, MinimumLength = AccountPolicy.MinPasswordLength, ErrorMessage = "パスワードは12文字以上、256文字以内にしてください。")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "新しいパスワード（確認）")]
    [Required(ErrorMessage = "確認のため、新しいパスワードをもう一度入力してください。")]
    [Compare(nameof(Password), ErrorMessage = "確認のために入力したパスワードが一致しません。")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    [BindNever]
    public string Id { get; set; } = "";

    [BindNever]
    public string Email { get; set; } = "";
}
