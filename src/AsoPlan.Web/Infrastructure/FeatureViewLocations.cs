using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace AsoPlan.Web.Infrastructure;

/// <summary>
/// Views live next to their feature: a controller in namespace AsoPlan.Web.Features.X finds its views in
/// /Features/X/Views/{controller}/ and /Features/X/Views/Shared/, then the layout and partials every
/// feature uses in /Shared/Views/. The area (staff, planning, admin) stays a route value only.
/// </summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    private const string FeatureKey = "feature";
    private const string FeaturesNamespace = "AsoPlan.Web.Features.";

    /// <summary>The only locations searched after the feature's own; the default /Views and /Areas folders are gone.</summary>
    public static readonly string[] SharedLocations = ["/Shared/Views/{0}.cshtml"];

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[FeatureKey] = FeatureOf(action.ControllerTypeInfo.Namespace);
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/Views/Shared/{{0}}.cshtml";
        }

        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }

    /// <summary>"AsoPlan.Web.Features.Records" → "Records"; null outside the feature folders.</summary>
    public static string? FeatureOf(string? controllerNamespace)
    {
        if (controllerNamespace is null || !controllerNamespace.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = controllerNamespace[FeaturesNamespace.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
