using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

public sealed class TwoFactorCodeForm
{
    [Display(Name = "確認コード（6桁）")]
    [Required(ErrorMessage = "認証アプリに表示されている6桁の確認コードを入力してください。")]
    [StringLength(20, ErrorMessage = "確認コードは6桁の数字です。")]
    public string Code { get; set; } = "";
}
