using System.ComponentModel.DataAnnotations;
using AsoPlan.Core.Accounts;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// A section must be chosen when 課の担当者 is ticked. Checked on the property so the message appears
/// together with the other field errors; the service checks it again, and that the section exists.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SectionRequiredForStaffAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return validationContext.ObjectInstance is AccountFields { } form
            && form.Roles.Contains(Roles.SectionStaff)
            && string.IsNullOrWhiteSpace(value as string)
            ? new ValidationResult(AccountChanges.SectionRequired, [validationContext.MemberName ?? nameof(AccountFields.SectionId)])
            : ValidationResult.Success;
    }
}
