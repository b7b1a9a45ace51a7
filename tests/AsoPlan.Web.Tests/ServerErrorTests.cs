using System.Net;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests;

public sealed class ServerErrorTests
{
    [Fact]
    public async Task An_unexpected_failure_shows_the_Japanese_500_page_without_details()
    {
        var factory = new PortalFactory();
        try
        {
            using var client = factory
                .WithWebHostBuilder(web => web.ConfigureTestServices(services =>
                    services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new FailOnSdgPage()))))
                .CreateClient();

            var html = await client.GetPageAsync("/sdgs", HttpStatusCode.InternalServerError);

            Assert.Contains("システムエラーが発生しました", Html.Text(html), StringComparison.Ordinal);
            Assert.DoesNotContain(FailOnSdgPage.Secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        }
        finally
        {
            await factory.DisposeAsync();
            PortalFactory.DeleteDirectory(factory.Directory);
        }
    }

    /// <summary>Stands in for a bug: throws while rendering /sdgs only (the error page itself still renders).</summary>
    private sealed class FailOnSdgPage : IActionFilter
    {
        public const string Secret = "connection-string-like-detail";

        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path == "/sdgs")
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
