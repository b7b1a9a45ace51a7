using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>What the create and edit forms share: name, roles and section.</summary>
public abstract class AccountFields
{
    [Display(Name = "氏名（表示名）")]
    [Required(ErrorMessage = "氏名を入力してください。")]
    [StringLength(100, ErrorMessage = "氏名は100文字以内で入力してください。")]
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>Posted as text so a tampered value gets the Japanese message of the service, not a binder's English one.</summary>
    [SectionRequiredForStaff]
    public string? SectionId { get; set; }

    /// <summary>An external reviewer's last day of access, as the date field posts it (yyyy-MM-dd).</summary>
    public string? ReviewerAccessUntil { get; set; }

    [BindNever]
    public IReadOnlyList<SectionOption> Sections { get; set; } = [];

    public RoleSectionFields RoleSection => new(Roles, SectionId, Sections, ReviewerAccessUntil);

    /// <summary>The reviewer's last day; <see cref="DateOnly.MinValue"/> when the posted text is not a date.</summary>
    public DateOnly? ReviewerAccessUntilValue() =>
        string.IsNullOrWhiteSpace(ReviewerAccessUntil) ? null
        : DateOnly.TryParseExact(ReviewerAccessUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : DateOnly.MinValue;

    /// <summary>The chosen section; -1 (no such section) when the posted value is not a number.</summary>
    public int? SectionIdValue() =>
        string.IsNullOrWhiteSpace(SectionId) ? null
        : int.TryParse(SectionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
}
