using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Performance;

/// <summary>Public answers travel compressed; the layout's assets carry a version and may be kept for a year.</summary>
[Collection(WorkflowTests.Name)]
public sealed partial class TransferTests(WorkflowPortal portal)
{
    [Theory]
    [InlineData("/", "br")]
    [InlineData("/measures/13", "gzip")]
    [InlineData("/opendata/indicators.csv", "br")]
    public async Task Public_answers_are_compressed(string address, string encoding)
    {
        using var anonymous = portal.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_cached_page_comes_in_each_encoding_asked_for_and_decodes_to_the_same_page()
    {
        using var anonymous = portal.Anonymous();
        var pages = new List<string>();
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var encoding in new[] { "br", "gzip", "identity" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/policies", UriKind.Relative));
                if (encoding != "identity")
                {
                    request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                }

                using var response = await anonymous.SendAsync(request);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(encoding == "identity" ? [] : [encoding], response.Content.Headers.ContentEncoding);
                if (round == 2)
                {
                    Assert.NotNull(response.Headers.Age); // from the cache, still in the encoding asked for
                }

                pages.Add(await DecodeAsync(response, encoding));
            }
        }

        Assert.Contains("政策", pages[0], StringComparison.Ordinal);
        Assert.Single(pages.Distinct());
    }

    [Fact]
    public async Task Signed_in_pages_are_not_compressed()
    {
        using var planning = await portal.PlanningAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/planning/dashboard", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await planning.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response, string encoding)
    {
        var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task The_layouts_stylesheets_are_versioned_and_cached_for_a_year()
    {
        using var anonymous = portal.Anonymous();
        var html = await anonymous.GetStringAsync(new Uri("/", UriKind.Relative));
        var stylesheets = Stylesheet().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(3, stylesheets.Count); // Bootstrap, the design tokens, site.css
        foreach (var href in stylesheets)
        {
            Assert.Contains("?v=", href, StringComparison.Ordinal);
            using var response = await anonymous.GetAsync(new Uri(WebUtility.HtmlDecode(href), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        }
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
