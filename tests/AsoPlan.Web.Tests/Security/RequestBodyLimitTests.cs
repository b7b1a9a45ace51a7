using System.Net;
using System.Net.Http.Headers;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// Request bodies are limited before anything reads them, on the real server: the uploads by their own limit,
/// everything else by 1 MB. Over the limit is 413 with the Japanese page and a warning in the log, never a read
/// of the whole body and never an unhandled error.
/// </summary>
public sealed class RequestBodyLimitTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task An_anonymous_form_over_one_megabyte_is_refused_with_413(string path)
    {
        using var client = portal.Anonymous();

        using var response = await PostAsync(client, path, Form(2 * MiB));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_thirty_one_megabyte_post_is_refused_with_413_and_logged_as_a_warning_not_an_error()
    {
        using var client = portal.Anonymous();

        using var response = await PostAsync(client, "/account/login", Form(31 * MiB));

        await AssertRefusedAsync(response);
        var log = await LogFiles.ReadUntilAsync(Path.Combine(portal.App.Home, "logs"), "Refused a request body over the limit: POST /account/login");
        Assert.Contains("[WRN] Refused a request body over the limit: POST /account/login", log, StringComparison.Ordinal);
        Assert.DoesNotContain("[ERR]", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_form_that_grows_past_the_limit_is_stopped_with_413()
    {
        using var client = portal.Anonymous();
        var form = Form(3 * MiB);
        form.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/healthz", UriKind.Relative)) { Content = form };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_twenty_megabyte_workbook_upload_is_refused_with_413_before_the_action_reads_it()
    {
        await portal.Database.SetWindowAsync(2021, open: true);
        var (staff, _) = await portal.SignInAsync("nosei", Roles.SectionStaff);
        using (staff)
        {
            var page = await staff.GetPageAsync("/staff/sections/nosei/workbooks/2021");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(FormPosting.AntiforgeryToken(page)), "__RequestVerificationToken" },
                { new ByteArrayContent(new byte[20 * MiB]) { Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }, "file", "big.xlsx" },
            };

            using var response = await PostAsync(staff, "/staff/sections/nosei/workbooks/2021", content);

            await AssertRefusedAsync(response);
        }
    }

    [Fact]
    public async Task A_form_under_the_limit_still_works()
    {
        using var client = portal.Anonymous();
        var page = await client.GetPageAsync("/account/login");

        using var response = await client.PostWithTokenAsync("/account/login", FormPosting.AntiforgeryToken(page), [new("Email", "someone@example.jp"), new("Password", new string('x', 200_000))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again with its message, not 413
    }

    private static ByteArrayContent Form(int bytes)
    {
        var body = new byte[bytes];
        Array.Fill(body, (byte)'a');
        "Email=x%40example.jp&Password="u8.CopyTo(body);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>With <c>Expect: 100-continue</c>, as a careful client sends a large body: a refusal arrives before the body is sent.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}\n{body[..Math.Min(body.Length, 500)]}");
        Assert.Contains("送信された内容が大きすぎます", body, StringComparison.Ordinal);
    }
}
