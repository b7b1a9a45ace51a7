using System.Net;

namespace AsoPlan.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>GETs a page, asserts the status, and returns the HTML a browser would receive.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }
}
