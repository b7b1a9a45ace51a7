using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// The hostile-input corpus against every field and route value of every endpoint (read from the endpoint
/// data source by <see cref="InputSurface"/>), as an anonymous visitor and as a signed-in user who holds
/// every role, with a valid antiforgery token so the requests reach the actions rather than stopping at
/// the 400/403 wall. Never a 500; a refused post and every GET change nothing in the database; every
/// error or redisplayed page speaks Japanese.
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output) : OwnPortal(new PortalFactory { TestServices = TestClientAddress.Add })
{
    private const string Section = "kyoiku";
    private const int Measure = 7; // owned by 教育課
    private const int Year = 2021;

    /// <summary>An indicator of the measure with a value in the arranged draft, so a delete with an ordinary reason is refused and the address stays valid.</summary>
    private const string IndicatorCode = "M07-I01";

    // Each caller comes from an address of its own (TestClientAddress), as the probe's fresh clients would.
    private int callers;

    [Fact]
    public void The_surface_is_read_from_the_app_and_covers_forms_lists_files_and_route_values()
    {
        var surface = InputSurface.Read(Factory.Services).ToDictionary(e => e.Name);

        Assert.Contains("Form.Values[0].Value", surface["POST staff/records/{measure:int}/{year:int}/save"].Fields);
        Assert.Contains("Form.DoText", surface["POST staff/records/{measure:int}/{year:int}/save"].Fields);
        Assert.Contains("version", surface["POST staff/records/{measure:int}/{year:int}/submit"].Fields);
        Assert.Contains("Roles", surface["POST admin/accounts/new"].Fields);
        Assert.DoesNotContain("Sections", surface["POST admin/accounts/new"].Fields); // [BindNever]
        Assert.Contains("file", surface["POST admin/plan/import"].Files);
        Assert.Contains("year", surface["GET progress"].Fields);
        Assert.Equal(["measure", "year"], surface["POST planning/records/{measure:int}/{year:int}/return"].RouteValues);
        Assert.Contains("comment", surface["POST planning/records/{measure:int}/{year:int}/return"].Fields);
        Assert.Contains("Text", surface["POST measures/{number:int}/opinions"].Fields);
        Assert.Contains("Homepage", surface["POST measures/{number:int}/opinions"].Fields);
        Assert.Contains("reason", surface["POST planning/opinions/{id:long}/withhold"].Fields);
        Assert.Contains("reply", surface["POST staff/opinions/{id:long}/reply"].Fields);
        Assert.Contains("text", surface["POST review/measures/{number:int}/finding"].Fields);
        Assert.Contains("cityResponse", surface["POST planning/external-review/{year:int}/measures/{number:int}"].Fields);
        Assert.Contains("reason", surface["POST planning/external-review/{year:int}/measures/{number:int}/correction"].Fields);
        Assert.All(InputSurface.DirectlyReadEndpoints, name => Assert.True(surface.ContainsKey(name), $"{name} is gone: update InputSurface.ReadDirectly"));
    }

    [Fact]
    public async Task No_field_or_route_value_of_any_endpoint_gives_a_server_error_a_silent_change_or_an_unclear_answer()
    {
        var started = Stopwatch.StartNew();
        var surface = InputSurface.Read(Factory.Services);
        var context = await ArrangeAsync();
        using var watch = new DatabaseWatch(Factory.DatabasePath);
        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var endpoint in surface)
        {
            foreach (var signedIn in new[] { false, true })
            {
                var caller = await CallerAsync(signedIn, context.Email, watch);
                foreach (var request in Requests(endpoint, signedIn, context))
                {
                    using var message = request.Build(caller.Token);
                    using var response = await caller.Client.SendAsync(message);
                    sent++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    var problem = await ProblemAsync(endpoint, request.Path == Path(endpoint, context, null, null), response, watch.ChangedTables());
                    if (problem is not null)
                    {
                        failures.Add($"{request.Description} as {(signedIn ? "signed-in" : "anonymous")}: {problem}");
                    }

                    if (endpoint.Route == "account/logout" && signedIn)
                    {
                        caller.Client.Dispose();
                        caller = await CallerAsync(signedIn, context.Email, watch);
                    }
                }

                caller.Client.Dispose();
            }
        }

        output.WriteLine($"{surface.Count} endpoints, {sent} requests, {started.Elapsed.TotalSeconds:F0} s; answers: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile requests were mishandled:\n" + string.Join("\n", failures.Take(60)));
    }

    private static async Task<string?> ProblemAsync(InputEndpoint endpoint, bool ordinaryPath, HttpResponseMessage response, List<string> changed)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status}\n{body[..Math.Min(body.Length, 600)]}";
        }

        var html = response.Content.Headers.ContentType?.MediaType == "text/html";
        if ((status >= 400 || (status == 200 && html)) && !Japanese().IsMatch(body))
        {
            return $"{status} without a Japanese message: {body[..Math.Min(body.Length, 200)]}";
        }

        if (status == 404 && ordinaryPath && !endpoint.Route.StartsWith("error", StringComparison.Ordinal))
        {
            return "404 for an address that exists: the bad input was not answered as bad input";
        }

        var toLogin = response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) ?? false;
        var refused = endpoint.Method == "GET" || status >= 400 || status == 200 || toLogin;
        return refused && changed.Count > 0 ? $"{status}, yet the database changed: {string.Join(", ", changed)}" : null;
    }

    /// <summary>The requests for one endpoint: route values, every field with a sample of the corpus, missing, duplicated and undecodable fields.</summary>
    private static IEnumerable<HostileRequest> Requests(InputEndpoint endpoint, bool signedIn, Arranged context)
    {
        var path = Path(endpoint, context, null, null);
        foreach (var routeValue in endpoint.RouteValues)
        {
            foreach (var value in HostileCorpus.RouteValues)
            {
                yield return new(endpoint, Path(endpoint, context, routeValue, value), [], [], $"{endpoint.Name} {routeValue}={value}");
            }
        }

        yield return new(endpoint, path, [], [], $"{endpoint.Name} with no fields");
        var all = endpoint.Fields.Concat(endpoint.Files).ToList();
        if (all.Count > 0)
        {
            yield return new(endpoint, path, [.. endpoint.Fields.SelectMany(f => new KeyValuePair<string, string>[] { new(f, "1"), new(f, "2") })], [], $"{endpoint.Name} with every field twice");
        }

        for (var i = 0; i < all.Count; i++)
        {
            var field = all[i];
            var isFile = endpoint.Files.Contains(field);
            foreach (var value in HostileCorpus.Sample(i, signedIn ? 3 : 0))
            {
                yield return isFile
                    ? new(endpoint, path, [], [new(field, value)], $"{endpoint.Name} file {field}={Short(value)}")
                    : new(endpoint, path, [new(field, value)], [], $"{endpoint.Name} {field}={Short(value)}");
            }

            if (!isFile && (signedIn || i == 0))
            {
                foreach (var bytes in HostileCorpus.InvalidUtf8Bodies(field))
                {
                    yield return new(endpoint, path, [], [], $"{endpoint.Name} {field}=<invalid UTF-8>", bytes);
                }
            }
        }
    }

    private static string Path(InputEndpoint endpoint, Arranged context, string? hostileName, string? hostileValue)
    {
        var path = "/" + RouteParameter().Replace(endpoint.Route, match =>
        {
            var name = match.Groups["name"].Value;
            return name == hostileName ? hostileValue! : name switch
            {
                "measure" => Measure.ToString(CultureInfo.InvariantCulture),
                "year" => Year.ToString(CultureInfo.InvariantCulture),
                "number" when endpoint.Route.Contains("project-sheets", StringComparison.Ordinal) => Measure.ToString(CultureInfo.InvariantCulture),
                "number" => "1",
                "id" when endpoint.Route.Contains("opinions/", StringComparison.Ordinal) => context.OpinionId.ToString(CultureInfo.InvariantCulture),
                "id" => context.TargetId,
                "code" when endpoint.Route.StartsWith("error", StringComparison.Ordinal) => "404",
                "code" when endpoint.Route.StartsWith("admin/plan/edit/indicators", StringComparison.Ordinal) => IndicatorCode,
                "code" when endpoint.Route.StartsWith("admin/plan/edit/projects", StringComparison.Ordinal) => "M07-P01",
                "code" when endpoint.Route.StartsWith("periods/", StringComparison.Ordinal) => "aso-2-late",
                "code" when endpoint.Route.StartsWith("projects/", StringComparison.Ordinal) => "M07-P01",
                "code" or "section" => Section,
                _ => "1", // a new route value: still fuzzed; give it an ordinary value here if 1 is not one

            };
        });
        return path;
    }

    private async Task<Caller> CallerAsync(bool signedIn, string email, DatabaseWatch watch)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        // Wrong current passwords posted to one endpoint must not lock the next caller's sign-in (they are counted per address).
        var number = Interlocked.Increment(ref callers);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"10.77.{number / 250}.{(number % 250) + 1}");
        if (signedIn)
        {
            await client.SignInAsync(email);
        }

        var token = FormPosting.AntiforgeryToken(await client.GetPageAsync(signedIn ? "/account" : "/account/login"));
        watch.ChangedTables(); // signing in is not one of the requests under test
        return new Caller(client, token);
    }

    /// <summary>An account holding every role in the section that owns the measure, a target account for the admin forms, an open year, a draft.</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var email = TestAccounts.NewEmail("hostile");
        await TestAccounts.CreateAsync(Factory, email, sectionCode: Section);
        var target = await TestAccounts.CreateAsync(Factory, TestAccounts.NewEmail("hostile-target"));
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.AddToRolesAsync(user, Roles.All)).Succeeded);
        user.ReviewerAccessUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)); // so the reviewer's forms are reached, not the expired page
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        db.EntryWindows.Add(new EntryWindow { FiscalYear = Year, IsOpen = true, ChangedAt = DateTime.UtcNow });
        db.ReviewRounds.Add(new AsoPlan.Core.ExternalReview.ReviewRound { FiscalYear = Year, IsOpen = true, OpenedAt = DateTime.UtcNow, ChangedAt = DateTime.UtcNow });
        var measureId = await db.Measures.Where(m => m.Number == Measure).Select(m => m.Id).SingleAsync();
        var indicatorId = await db.Indicators.Where(i => i.Code == IndicatorCode).Select(i => i.Id).SingleAsync();
        var record = new PdcaRecord
        {
            MeasureId = measureId,
            FiscalYear = Year,
            State = RecordState.Draft,
            UpdatedAt = DateTime.UtcNow,
            DoText = "元の記録",
            Values = [new ActualValue { IndicatorId = indicatorId, Value = 40m }],
        };
        db.PdcaRecords.Add(record);

        // A published project year (as a record under correction keeps it), so the 事務事業評価シート addresses exist.
        var projectId = await db.Projects.Where(p => p.Code == "M07-P01" && p.MeasureId == measureId).Select(p => p.Id).SingleAsync();
        db.Publications.Add(new AsoPlan.Core.Publication.Publication
        {
            PdcaRecord = record,
            MeasureId = measureId,
            FiscalYear = Year,
            Revision = 1,
            IsCurrent = true,
            PublishedAt = DateTime.UtcNow,
            Projects = [new AsoPlan.Core.Budget.PublishedProject { ProjectId = projectId, Settlement = 100m, GeneralFunds = 100m }],
        });
        await db.SaveChangesAsync();
        var opinion = await Opinions.AddRepliedAsync(Factory, Measure, Section, replyAuthor: null);
        return new Arranged(email, target.Id, opinion);
    }

    private static string Short(string value) => value.Length > 40 ? $"<{value.Length} chars>" : value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    // A constraint may hold braces itself ({code:regex(^[a-z]{{1,32}}$)}): a parameter runs to the end of its segment.
    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(?::[^/]*)?\}(?=/|$)")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();

    private sealed record Arranged(string Email, string TargetId, long OpinionId);

    private sealed record Caller(HttpClient Client, string Token);

    private sealed record HostileRequest(
        InputEndpoint Endpoint,
        string Path,
        List<KeyValuePair<string, string>> Fields,
        List<KeyValuePair<string, string>> Files,
        string Description,
        byte[]? RawBody = null)
    {
        public HttpRequestMessage Build(string token)
        {
            if (Endpoint.Method == "GET")
            {
                var query = RawBody is not null
                    ? Encoding.Latin1.GetString(RawBody)
                    : string.Join("&", Fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
                return new HttpRequestMessage(HttpMethod.Get, new Uri(query.Length == 0 ? Path : $"{Path}?{query}", UriKind.Relative));
            }

            var message = new HttpRequestMessage(new HttpMethod(Endpoint.Method), new Uri(Path, UriKind.Relative));
            var withToken = Fields.Append(new("__RequestVerificationToken", token)).ToList();
            if (RawBody is not null)
            {
                var body = new ByteArrayContent([.. RawBody, .. Encoding.ASCII.GetBytes("&__RequestVerificationToken=" + Uri.EscapeDataString(token))]);
                body.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                message.Content = body;
            }
            else if (Files.Count > 0)
            {
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in withToken)
                {
                    multipart.Add(new StringContent(value), name);
                }

                foreach (var (name, value) in Files)
                {
                    multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value)), name, "plan.json");
                }

                message.Content = multipart;
            }
            else
            {
                message.Content = new FormUrlEncodedContent(withToken);
            }

            return message;
        }
    }
}
