namespace AsoPlan.Web.Features.Accounts;

public sealed record TwoFactorSetupPage(AuthenticatorSetup Setup, string QrCodeDataUri, TwoFactorCodeForm Form);
