using AsoPlan.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Shared.Forms;

public static class ModelStateExtensions
{
    /// <summary>Puts each refused input beside its field (or above the form) for the redisplayed page.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, AccountResult result, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>
    /// Replaces what model binding recorded with a service's messages, so a redisplayed form shows the
    /// (normalised) model it is given and each message beside its field under <paramref name="prefix"/>.
    /// </summary>
    public static void ReplaceWith(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        modelState.Clear();
        foreach (var error in errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.Key : $"{prefix}.{error.Key}", error.Message);
        }
    }
}
