using AsoPlan.Web.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Controllers;

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
}
