using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class ErrorPageTests(PortalFixture portal)
{
    /// <summary>
    /// The 2FA sign-in form has a field named Code; a post without its antiforgery token is refused with 400,
    /// and the re-executed error page must show the 400 page whatever that field says.
    /// </summary>
    [Theory]
    [InlineData("123456")]
    [InlineData("429")]
    [InlineData("500")]
    [InlineData("abc")]
    public async Task A_refused_post_with_a_Code_field_shows_the_page_of_the_real_status(string code)
    {
        using var content = new FormUrlEncodedContent([new("Code", code)]);
        using var response = await portal.Client.PostAsync(new Uri("/account/login-2fa", UriKind.Relative), content);
        var text = Html.Text(await response.BodyAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("リクエストを処理できませんでした", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ページが見つかりません", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/error/400", HttpStatusCode.BadRequest, "リクエストを処理できませんでした")]
    [InlineData("/error/403", HttpStatusCode.Forbidden, "このページを表示する権限がありません")]
    [InlineData("/error/200", HttpStatusCode.NotFound, "ページが見つかりません")]
    [InlineData("/error/400?code=500", HttpStatusCode.BadRequest, "リクエストを処理できませんでした")]
    public async Task The_error_page_takes_its_status_from_the_address_only(string url, HttpStatusCode expected, string title)
    {
        var html = await portal.Client.GetPageAsync(url, expected);

        Assert.Contains(title, Html.Text(html), StringComparison.Ordinal);
    }
}
