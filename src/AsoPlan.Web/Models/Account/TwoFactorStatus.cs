namespace AsoPlan.Web.Models.Account;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft)
{
    public TwoFactorDisableForm Disable { get; init; } = new();
}
