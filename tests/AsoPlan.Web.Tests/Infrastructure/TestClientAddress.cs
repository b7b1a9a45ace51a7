using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no network, so every client comes from no address. A test whose clients must
/// be told apart, as separate machines would be (the sign-in failure counts are per client address), adds this
/// filter and gives each client its own <see cref="Header"/>; it runs before the app's own pipeline.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void Add(IServiceCollection services) => services.AddTransient<IStartupFilter, TestClientAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
