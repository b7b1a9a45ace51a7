using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Data.Identity;

/// <summary>A staff, planning-office or admin account.</summary>
public class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The section a SectionStaff account belongs to.</summary>
    public int? SectionId { get; set; }

    public Core.Plan.Section? Section { get; set; }
}
