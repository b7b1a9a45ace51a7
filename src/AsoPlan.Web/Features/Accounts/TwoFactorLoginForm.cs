using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

public sealed class TwoFactorLoginForm
{
    [Display(Name = "確認コードまたはリカバリーコード")]
    [Required(ErrorMessage = "認証アプリに表示されている6桁の確認コードを入力してください。")]
    [StringLength(64, ErrorMessage = "コードが長すぎます。")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
