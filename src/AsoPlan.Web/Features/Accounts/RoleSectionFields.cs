using AsoPlan.Web.Shared.Forms;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>The roles checkboxes and section select shared by the create and edit forms.</summary>
public sealed record RoleSectionFields(IReadOnlyList<string> Roles, string? SectionId, IReadOnlyList<SectionOption> Sections, string? ReviewerAccessUntil = null);
