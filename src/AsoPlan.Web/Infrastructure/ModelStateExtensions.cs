using AsoPlan.Web.Models.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Infrastructure;

public static class ModelStateExtensions
{
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
