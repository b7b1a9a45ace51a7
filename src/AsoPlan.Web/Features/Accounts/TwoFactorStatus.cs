namespace AsoPlan.Web.Features.Accounts;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft)
{
    public TwoFactorDisableForm Disable { get; init; } = new();
}
