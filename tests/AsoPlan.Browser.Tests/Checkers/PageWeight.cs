using System.Collections.Concurrent;
using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Checkers;

/// <summary>One response as it crossed the network: its URL, resource type, content encoding and bytes on the wire.</summary>
public sealed record Transfer(string Url, string Type, string Encoding, long Bytes);

/// <summary>What a first visit to a page costs on the wire, and whether the page draws charts.</summary>
public sealed record PageLoad(IReadOnlyList<Transfer> Transfers, bool HasCharts)
{
    public long TotalBytes => Transfers.Sum(t => t.Bytes);
}

/// <summary>
/// Measures a first visit the way DevTools' "transferred" column does: Chromium's own count of the bytes
/// received for each response (CDP <c>Network.loadingFinished.encodedDataLength</c>: compressed body plus
/// headers), in a fresh browser context with the cache disabled. The page is scrolled to the end so that
/// anything loaded on demand (charts) is counted too.
/// </summary>
public static class PageWeight
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    public static async Task<PageLoad> MeasureAsync(BrowserSuite suite, Uri url)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(url);
        var page = await suite.NewPageAsync(Screen.Phone);
        try
        {
            var cdp = await page.Context.NewCDPSessionAsync(page);
            var responses = new ConcurrentDictionary<string, (string Url, string Type, string Encoding)>();
            var finished = new ConcurrentQueue<(string Id, long Bytes)>();
            var inFlight = 0;
            var lastActivity = DateTime.UtcNow;
            cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
            {
                Interlocked.Increment(ref inFlight);
                lastActivity = DateTime.UtcNow;
            };
            cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
            {
                var value = e!.Value;
                var response = value.GetProperty("response");
                responses[value.GetProperty("requestId").GetString()!] = (
                    response.GetProperty("url").GetString()!,
                    value.GetProperty("type").GetString()!,
                    HeaderValue(response.GetProperty("headers"), "content-encoding"));
            };
            cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
            {
                var value = e!.Value;
                finished.Enqueue((value.GetProperty("requestId").GetString()!, (long)value.GetProperty("encodedDataLength").GetDouble()));
                Interlocked.Decrement(ref inFlight);
                lastActivity = DateTime.UtcNow;
            };
            cdp.Event("Network.loadingFailed").OnEvent += (_, e) =>
            {
                Interlocked.Decrement(ref inFlight);
                lastActivity = DateTime.UtcNow;
            };
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });

            await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync(
                "async () => { for (let y = 0; y <= document.body.scrollHeight; y += window.innerHeight / 2) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); } }");
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while ((Volatile.Read(ref inFlight) > 0 || DateTime.UtcNow - lastActivity < Quiet) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            var hasCharts = await page.EvaluateAsync<bool>("() => document.querySelector('canvas[data-chart]') !== null");
            var transfers = finished
                .Where(f => responses.ContainsKey(f.Id))
                .Select(f => new Transfer(responses[f.Id].Url, responses[f.Id].Type, responses[f.Id].Encoding, f.Bytes))
                .ToList();
            return new PageLoad(transfers, hasCharts);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string HeaderValue(JsonElement headers, string name) =>
        headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : "identity";
}
