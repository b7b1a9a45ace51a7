using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>Turning two-factor sign-in off asks for proof that the account's owner is at the keyboard.</summary>
public sealed class TwoFactorDisableForm
{
    [Display(Name = "現在のパスワード、または認証アプリの6桁の確認コード")]
    [Required(ErrorMessage = "無効にするには、現在のパスワードか、認証アプリの確認コードを入力してください。")]
    [StringLength(AccountPolicy.MaxPasswordLength, ErrorMessage = "入力が長すぎます。")]
    [DataType(DataType.Password)]
    public string Proof { get; set; } = "";
}
