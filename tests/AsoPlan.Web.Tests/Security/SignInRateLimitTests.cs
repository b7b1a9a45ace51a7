using System.Net;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private PortalFactory Factory { get; } = new() { SignInAttemptsPerMinute = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }

    [Fact]
    public async Task Too_many_sign_in_posts_in_a_minute_get_429_and_a_Japanese_page_even_with_the_right_password()
    {
        var email = TestAccounts.NewEmail("limit");
        await TestAccounts.CreateAsync(Factory, email);
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.PostLoginAsync(email, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostLoginAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらく時間をおいてからお試しください", await refused.BodyAsync(), StringComparison.Ordinal);
        Assert.Null(refused.Headers.Location);

        using var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // reading pages is not limited
    }
}
