using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Routing;

/// <summary>
/// Every endpoint the app maps (route pattern, HTTP methods, area/controller/action, authorization)
/// against the list committed next to this test. A move of files, a renamed controller or a changed
/// attribute cannot silently change an address or who may call it: the list must be changed on purpose.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class EndpointListTests(PortalFixture portal)
{
    private const string ExpectedFile = "Routing/endpoints.txt";

    [Fact]
    public void Every_endpoint_keeps_its_address_methods_and_authorization()
    {
        var actual = Describe(portal.Factory.Services.GetRequiredService<EndpointDataSource>());
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, ExpectedFile))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        var actualFile = Path.Combine(Path.GetTempPath(), "asoplan-endpoints.actual.txt");
        File.WriteAllLines(actualFile, actual);
        Assert.True(
            missing.Count == 0 && added.Count == 0,
            $"Endpoints differ from tests/AsoPlan.Web.Tests/{ExpectedFile} (the full actual list is in {actualFile}).\n"
            + $"Gone or changed:\n  {string.Join("\n  ", missing)}\nNew or changed:\n  {string.Join("\n  ", added)}");
    }

    [Fact]
    public void The_list_covers_public_staff_planning_and_admin_endpoints()
    {
        var actual = Describe(portal.Factory.Services.GetRequiredService<EndpointDataSource>());

        Assert.True(actual.Count > 50, $"only {actual.Count} endpoints were read");
        Assert.Contains(actual, line => line.StartsWith("measures/{id:int} ", StringComparison.Ordinal) || line.Contains("controller=Measures", StringComparison.Ordinal));
        Assert.Contains(actual, line => line.Contains("area=staff", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(actual, line => line.Contains("area=planning", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(actual, line => line.Contains("area=admin", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>One sorted line per endpoint: pattern | methods | route values | authorization.</summary>
    private static List<string> Describe(EndpointDataSource source) =>
        source.Endpoints
            .OfType<RouteEndpoint>()
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        var values = new[] { "area", "controller", "action" }
            .Select(key => (key, value: endpoint.RoutePattern.RequiredValues.TryGetValue(key, out var v) ? Value(v) : null))
            .Where(pair => !string.IsNullOrEmpty(pair.value))
            .Select(pair => $"{pair.key}={pair.value}");
        return string.Join(
            " | ",
            endpoint.RoutePattern.RawText ?? "(no pattern)",
            methods.Count == 0 ? "ANY" : string.Join(",", methods.Order(StringComparer.Ordinal)),
            string.Join(" ", values),
            Authorization(endpoint.Metadata));
    }

    /// <summary>A conventional route's "any value" sentinel reads as *.</summary>
    private static string? Value(object? value) =>
        value is string text ? text : value is null ? null : "*";

    private static string Authorization(EndpointMetadataCollection metadata)
    {
        var rules = metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(data => string.Join(
                ";",
                new[] { ("policy", data.Policy), ("roles", data.Roles), ("schemes", data.AuthenticationSchemes) }
                    .Where(part => !string.IsNullOrEmpty(part.Item2))
                    .Select(part => $"{part.Item1}={part.Item2}")
                    .DefaultIfEmpty("authenticated")))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null ? "anonymous " : "";
        return anonymous + (rules.Count == 0 ? "fallback-policy" : "authorize[" + string.Join(" ", rules) + "]");
    }
}
