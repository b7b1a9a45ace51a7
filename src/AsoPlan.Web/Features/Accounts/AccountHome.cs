namespace AsoPlan.Web.Features.Accounts;

/// <summary>The signed-in person's own page: who they are and where they can go.</summary>
public sealed record AccountHome(string DisplayName, string Email, IReadOnlyList<string> Roles, string? SectionName, bool TwoFactorEnabled);
