using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class SkeletonTests(PortalFixture portal)
{
    [Fact]
    public async Task Layout_is_Japanese_with_skip_link_and_self_hosted_bootstrap()
    {
        var html = await portal.Client.GetPageAsync("/");

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
        Assert.Contains("本文へスキップ", html, StringComparison.Ordinal);
        Assert.Contains("id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("/lib/bootstrap/css/bootstrap.min.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        var css = await portal.Client.GetAsync(new Uri("/lib/bootstrap/css/bootstrap.min.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("Bootstrap", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/no/such/file.png")]
    [InlineData("/error/abc")]
    public async Task Unknown_address_gets_the_Japanese_404_page_not_a_login_redirect(string url)
    {
        var html = await portal.Client.GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("ページが見つかりません", html, StringComparison.Ordinal);
        Assert.Contains("<title>ページが見つかりません | 第2次阿蘇市総合計画</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_to_an_unknown_address_is_404_not_an_antiforgery_failure()
    {
        using var content = new FormUrlEncodedContent([new("x", "1")]);
        using var response = await portal.Client.PostAsync(new Uri("/no-such-page", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_denied_path_shows_the_Japanese_403_page()
    {
        var html = await portal.Client.GetPageAsync("/error/403", HttpStatusCode.Forbidden);

        Assert.Contains("このページを表示する権限がありません", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_reports_healthy_database_with_plan_loaded()
    {
        using var response = await portal.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_log_records_path_and_status_but_not_the_query_string()
    {
        await portal.Client.GetPageAsync("/no-such-page?q=%E5%B1%B1%E7%94%B0%E5%A4%AA%E9%83%8E", HttpStatusCode.NotFound);

        var text = await LogFiles.ReadUntilAsync(portal.Factory.LogDirectory, "/no-such-page");
        Assert.Contains("HTTP GET /no-such-page responded 404", text, StringComparison.Ordinal);
        Assert.DoesNotContain("山田太郎", text, StringComparison.Ordinal);
        Assert.DoesNotContain("%E5%B1%B1", text, StringComparison.Ordinal);
    }
}
