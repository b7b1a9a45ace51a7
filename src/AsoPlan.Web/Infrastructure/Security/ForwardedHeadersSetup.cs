using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Behind the load balancer every request comes from the balancer's address; the client's is in
/// <c>X-Forwarded-For</c> (and the original scheme in <c>X-Forwarded-Proto</c>). Those headers are believed only
/// from the proxies named in <c>Security:ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>Security:ForwardedHeaders:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/24</c>), and only the last hop is taken,
/// so a client cannot choose its own address by sending the header. With nothing configured the headers are
/// ignored and the connection's address is the client's (the portal facing the internet directly).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Security:ForwardedHeaders";

    public static WebApplication UseAsoPlanForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var proxies = app.Configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = app.Configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
