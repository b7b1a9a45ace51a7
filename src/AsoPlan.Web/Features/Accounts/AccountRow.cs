namespace AsoPlan.Web.Features.Accounts;

public sealed record AccountRow(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? Section, bool Locked, bool TwoFactor);
