using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Data.Identity;

/// <summary>A staff, planning-office or admin account.</summary>
public class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The section a SectionStaff account belongs to.</summary>
    public int? SectionId { get; set; }

    public Core.Plan.Section? Section { get; set; }

    /// <summary>An external reviewer's last day of access (in Japan); null: no access as a reviewer.</summary>
    public DateOnly? ReviewerAccessUntil { get; set; }
}
