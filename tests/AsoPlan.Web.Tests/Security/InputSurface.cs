using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Security;

/// <summary>One way into the app: a method and route, its route values, and the form or query fields its action binds.</summary>
public sealed record InputEndpoint(string Method, string Route, IReadOnlyList<string> RouteValues, IReadOnlyList<string> Fields, IReadOnlyList<string> Files)
{
    public string Name => $"{Method} {Route}";
}

/// <summary>
/// Every endpoint and every field it reads, from the app's own endpoint data source: the action's parameters
/// and, for a bound model, its bindable properties (nested models and list items included), named as the
/// model binder reads them. A new action or form property is fuzzed without anyone listing it.
/// </summary>
public static class InputSurface
{
    /// <summary>Fields an action reads from the request itself rather than through a parameter; each with why.</summary>
    private static readonly Dictionary<string, string[]> ReadDirectly = new()
    {
        ["GET search"] = ["q"], // SearchController reads Request.Query so that a repeated q is joined, not dropped.
    };

    public static List<InputEndpoint> Read(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true });
        var result = new List<InputEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            if (action is null)
            {
                continue; // health check and the 404 fallback: no parameters
            }

            var route = endpoint.RoutePattern.RawText!.TrimStart('/');
            var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            var fields = new List<string>();
            var files = new List<string>();
            foreach (var parameter in action.Parameters.OfType<ControllerParameterDescriptor>())
            {
                if (routeValues.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase) || parameter.ParameterType == typeof(CancellationToken))
                {
                    continue;
                }

                var simple = IsSimple(parameter.ParameterType);
                var prefix = parameter.BindingInfo?.BinderModelName ?? (simple || parameter.ParameterType == typeof(IFormFile) ? parameter.Name : "");
                Expand(parameter.ParameterType, prefix, 0, fields, files);
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared ? declared : ["GET"];
            foreach (var method in methods)
            {
                var name = $"{method} {route}";
                result.Add(new InputEndpoint(method, route, routeValues, [.. fields.Concat(ReadDirectly.GetValueOrDefault(name, [])).Distinct()], files));
            }
        }

        return [.. result.DistinctBy(e => e.Name).OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    public static IEnumerable<string> DirectlyReadEndpoints => ReadDirectly.Keys;

    private static void Expand(Type type, string name, int depth, List<string> fields, List<string> files)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(IFormFile))
        {
            files.Add(name);
        }
        else if (IsSimple(type))
        {
            fields.Add(name);
        }
        else if (ElementType(type) is { } element)
        {
            if (IsSimple(element))
            {
                fields.Add(name);
            }
            else if (depth < 3)
            {
                Expand(element, $"{name}[0]", depth + 1, fields, files);
            }
        }
        else if (depth < 3)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var bindable = property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<BindNeverAttribute>() is null
                    && (property.SetMethod?.IsPublic == true || ElementType(property.PropertyType) is not null);
                if (bindable && property.GetMethod?.IsPublic == true)
                {
                    Expand(property.PropertyType, name.Length == 0 ? property.Name : $"{name}.{property.Name}", depth + 1, fields, files);
                }
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            : null;

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan);
    }
}
