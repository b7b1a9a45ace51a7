namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// What the audit trail keeps of an account before and after a change. Never the password hash,
/// security stamp, authenticator key or recovery codes.
/// </summary>
public sealed record AccountSnapshot(string Email, string DisplayName, IReadOnlyList<string> Roles, string? Section, bool Locked, bool TwoFactor);
