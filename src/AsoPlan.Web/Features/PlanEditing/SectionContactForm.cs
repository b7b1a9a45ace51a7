using System.ComponentModel.DataAnnotations;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>A section's 問い合わせ先 as the administrator edits it; every field may be left empty.</summary>
public sealed class SectionContactForm
{
    /// <summary>Shown, never posted: the section is the one in the address.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string Code { get; set; } = string.Empty;

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "電話番号")]
    public string? Phone { get; set; }

    [Display(Name = "メールアドレス")]
    public string? Email { get; set; }

    [Display(Name = "場所（庁舎・階など）")]
    public string? Office { get; set; }
}

/// <summary>A row of the section list in the admin area.</summary>
public sealed record SectionContactRow(string Code, string Name, string? Department, string? Phone, string? Email, string? Office);
