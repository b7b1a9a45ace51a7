using AsoPlan.Web.Accounts;

namespace AsoPlan.Web.Models.Account;

public sealed record TwoFactorSetupPage(AuthenticatorSetup Setup, string QrCodeDataUri, TwoFactorCodeForm Form);
