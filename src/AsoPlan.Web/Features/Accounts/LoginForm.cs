using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

public sealed class LoginForm
{
    [Display(Name = "メールアドレス")]
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [StringLength(256, ErrorMessage = "メールアドレスが長すぎます。")]
    public string Email { get; set; } = "";

    [Display(Name = "パスワード")]
    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, ErrorMessage = "パスワードが長すぎます。")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
