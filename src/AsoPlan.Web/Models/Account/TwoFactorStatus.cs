namespace AsoPlan.Web.Models.Account;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft);
