// The ceiling of the benchmark: a bare Kestrel that answers every request with the saved bytes of one page of the
// portal (the response headers as the portal sent them, then the body), and does nothing else: no logging, no
// middleware, no routing. What the portal reaches against it is how close its cached path comes to the server alone.
// Usage: dotnet Ceiling.dll URL HEADERS-FILE BODY-FILE   (HEADERS-FILE: "Name: value" lines as curl -D writes them)
using Microsoft.Extensions.Primitives;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Ceiling URL HEADERS-FILE BODY-FILE");
    return 2;
}

var body = File.ReadAllBytes(args[2]);
var headers = File.ReadAllLines(args[1])
    .Skip(1) // the status line
    .Select(line => line.Split(':', 2))
    .Where(parts => parts.Length == 2 && !IsPerResponse(parts[0].Trim()))
    .Select(parts => KeyValuePair.Create(parts[0].Trim(), new StringValues(parts[1].Trim())))
    .ToArray();

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().UseUrls(args[0]);
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    foreach (var (name, value) in headers)
    {
        response.Headers[name] = value;
    }

    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();
return 0;

// Written by Kestrel itself, or different on every response.
static bool IsPerResponse(string name) =>
    name.Equals("Date", StringComparison.OrdinalIgnoreCase) || name.Equals("Server", StringComparison.OrdinalIgnoreCase)
    || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
    || name.Equals("Age", StringComparison.OrdinalIgnoreCase);
