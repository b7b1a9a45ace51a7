using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// Every endpoint that changes something, read from the app's own endpoint data source, against
/// every kind of caller. A new POST/PUT/PATCH/DELETE endpoint fails this test until it is given
/// its expectations in <see cref="Expectations"/>, so none slips through unchecked.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class AuthorizationMatrixTests(WorkflowPortal portal)
{
    private const int Measure = 7; // 教育課
    private const string OwnSection = "kyoiku";
    private const string OtherSection = "nosei";
    private const int Year = 2021;

    /// <summary>Endpoints that answer any method and change nothing; each is listed with why.</summary>
    private static readonly Dictionary<string, string> AnyMethodEndpoints = new()
    {
        ["error/{code:int}"] = "the Japanese error pages, reached by re-execution whatever the request's method",
        ["{*path}"] = "the fallback that answers unknown addresses with 404",
        ["/healthz"] = "the health check",
    };

    private enum Caller
    {
        Anonymous,
        OtherSectionStaff,
        OwnSectionStaff,
        PlanningOffice,
        Admin,

        /// <summary>Planning office and staff of the owning section at once, and the one who submitted the record under review.</summary>
        PlanningOfficeWhoSubmitted,

        /// <summary>An external reviewer (外部評価委員) within their access period, while 令和3年度's round is open.</summary>
        Reviewer,
    }

    private enum Expect
    {
        /// <summary>302 to /account/login.</summary>
        Login,

        /// <summary>403.</summary>
        Forbidden,

        /// <summary>The action ran: success (2xx/3xx) or its own validation/conflict answer (409, 422) — never 401/403/404/5xx, never a login redirect.</summary>
        Allowed,

        /// <summary>A public action (sign-in, sign-out): anything but 403 or a server error.</summary>
        Public,
    }

    /// <param name="Submitter">
    /// The separation of duties: an account holding both PlanningOffice and SectionStaff of the owning section that
    /// submitted the record under review may do what either role may, except approve or return its own work.
    /// </param>
    /// <param name="Reviewer">An external reviewer: their own finding and their own account, nothing else (ReviewerAccess).</param>
    private sealed record Case(Expect Anonymous, Expect OtherSectionStaff, Expect OwnSectionStaff, Expect PlanningOffice, Expect Admin, Expect Submitter, Expect Reviewer)
    {
        public Expect For(Caller caller) => caller switch
        {
            Caller.Anonymous => Anonymous,
            Caller.OtherSectionStaff => OtherSectionStaff,
            Caller.OwnSectionStaff => OwnSectionStaff,
            Caller.PlanningOffice => PlanningOffice,
            Caller.PlanningOfficeWhoSubmitted => Submitter,
            Caller.Reviewer => Reviewer,
            _ => Admin,
        };
    }

    private static readonly Case PublicForAll = new(Expect.Public, Expect.Public, Expect.Public, Expect.Public, Expect.Public, Expect.Public, Expect.Public);
    private static readonly Case SignedInAny = new(Expect.Login, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Allowed);
    private static readonly Case AdminOnly = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Forbidden, Expect.Forbidden);
    private static readonly Case OwnSectionOnly = new(Expect.Login, Expect.Forbidden, Expect.Allowed, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Forbidden);
    private static readonly Case PlanningOnly = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Forbidden, Expect.Allowed, Expect.Forbidden);
    private static readonly Case PlanEditors = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden);

    /// <summary>Approve and return: the planning office, but never the person who wrote the version under review.</summary>
    private static readonly Case Reviewers = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden);

    /// <summary>Publishing an opinion: the planning office, but never the person who drafted the reply (the submitter drafted it here).</summary>
    private static readonly Case OpinionPublishers = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden);

    /// <summary>A reviewer's own finding: the Reviewer role only, while the round is open.</summary>
    private static readonly Case ReviewersOnly = new(Expect.Login, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden, Expect.Forbidden, Expect.Allowed);

    /// <summary>Posts that carry no antiforgery token on purpose, each with why.</summary>
    private static readonly Dictionary<string, string> WithoutAntiforgery = new()
    {
        ["POST measures/{number:int}/opinions"] = "a citizen's opinion from the cached measure page: no account to act for; the per-address limit and the trap field guard it (docs/security.md)",
    };

    /// <summary>"METHOD route pattern" → who may call it.</summary>
    private static readonly Dictionary<string, Case> Expectations = new()
    {
        ["POST account/login"] = PublicForAll,
        ["POST account/login-2fa"] = PublicForAll,
        ["POST account/logout"] = PublicForAll,
        ["POST account/password"] = SignedInAny,
        ["POST account/two-factor/setup"] = SignedInAny,
        ["POST account/two-factor/enable"] = SignedInAny,
        ["POST account/two-factor/disable"] = SignedInAny,
        ["POST admin/accounts/new"] = AdminOnly,
        ["POST admin/accounts/{id}"] = AdminOnly,
        ["POST admin/accounts/{id}/lock"] = AdminOnly,
        ["POST admin/accounts/{id}/unlock"] = AdminOnly,
        ["POST admin/accounts/{id}/two-factor/disable"] = AdminOnly,
        ["POST admin/accounts/{id}/password"] = AdminOnly,
        ["POST admin/plan/import"] = AdminOnly,
        ["POST admin/sections/{section}"] = AdminOnly,
        ["POST admin/plan/edit/policies/{number:int}"] = PlanEditors,
        ["POST admin/plan/edit/measures/{number:int}"] = PlanEditors,
        ["POST admin/plan/edit/measures/{number:int}/indicators/new"] = PlanEditors,
        ["POST admin/plan/edit/indicators/{code}"] = PlanEditors,
        ["POST admin/plan/edit/indicators/{code}/goal"] = PlanEditors,
        ["POST admin/plan/edit/indicators/{code}/retire"] = PlanEditors,
        ["POST admin/plan/edit/indicators/{code}/delete"] = PlanEditors,
        ["POST admin/plan/edit/projects/{code}"] = PlanEditors,
        ["POST planning/cost-rates/{year:int}"] = PlanningOnly,
        ["POST planning/finance-import"] = PlanningOnly,
        ["POST staff/records/{measure:int}/{year:int}/save"] = OwnSectionOnly,
        ["POST staff/records/{measure:int}/{year:int}/submit"] = OwnSectionOnly,
        ["POST staff/records/{measure:int}/{year:int}/correction-request"] = OwnSectionOnly,
        ["POST planning/records/{measure:int}/{year:int}/reopen"] = PlanningOnly,
        ["POST planning/records/{measure:int}/{year:int}/decline-correction"] = PlanningOnly,
        ["POST staff/sections/{section}/workbooks/{year:int}"] = OwnSectionOnly,
        ["POST planning/records/{measure:int}/{year:int}/approve"] = Reviewers,
        ["POST planning/records/{measure:int}/{year:int}/return"] = Reviewers,
        ["POST planning/windows/{year:int}"] = PlanningOnly,
        ["POST measures/{number:int}/opinions"] = PublicForAll,
        ["POST planning/opinions/{id:long}/assign"] = PlanningOnly,
        ["POST planning/opinions/{id:long}/return"] = PlanningOnly,
        ["POST planning/opinions/{id:long}/publish"] = OpinionPublishers,
        ["POST planning/opinions/{id:long}/withhold"] = PlanningOnly,
        ["POST planning/opinions/{id:long}/delete"] = PlanningOnly,
        ["POST staff/opinions/{id:long}/reply"] = OwnSectionOnly,
        ["POST planning/period"] = PlanningOnly,
        ["POST planning/period/review/{target}"] = PlanningOnly,
        ["POST planning/period/review/{target}/approve"] = PlanningOnly,
        ["POST planning/external-review/rounds/{year:int}"] = PlanningOnly,
        ["POST planning/external-review/{year:int}/measures/{number:int}"] = PlanningOnly,
        ["POST planning/external-review/{year:int}/measures/{number:int}/correction"] = PlanningOnly,
        ["POST review/measures/{number:int}/finding"] = ReviewersOnly,
    };

    /// <summary>The opinion the opinion endpoints act on (arranged anew for each caller: 回答案あり, assigned to the owning section).</summary>
    private long opinionId;

    [Fact]
    public void Every_mutating_endpoint_has_expectations_and_every_any_method_endpoint_is_known()
    {
        var (mutating, anyMethod) = Endpoints();

        var missing = mutating.Except(Expectations.Keys).ToList();
        Assert.True(missing.Count == 0, $"New endpoints without authorization expectations — add them to {nameof(AuthorizationMatrixTests)}.{nameof(Expectations)}: {string.Join(", ", missing)}");
        Assert.Empty(Expectations.Keys.Except(mutating)); // nothing stale in the table
        Assert.Equal(AnyMethodEndpoints.Keys.Order(), anyMethod.Order());
    }

    [Fact]
    public async Task Each_mutating_endpoint_answers_each_caller_as_the_rules_say()
    {
        var (mutating, _) = Endpoints();
        var target = await TestAccounts.CreateAsync(portal.Factory, TestAccounts.NewEmail("matrix-target"));
        string submitter;
        var callers = new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.OtherSectionStaff] = await portal.CreateAccountAsync(OtherSection, Roles.SectionStaff),
            [Caller.OwnSectionStaff] = await portal.CreateAccountAsync(OwnSection, Roles.SectionStaff),
            [Caller.PlanningOffice] = await portal.CreateAccountAsync(null, Roles.PlanningOffice),
            [Caller.Admin] = await portal.CreateAccountAsync(null, Roles.Admin),
            [Caller.PlanningOfficeWhoSubmitted] = submitter = await portal.CreateAccountAsync(OwnSection, Roles.PlanningOffice, Roles.SectionStaff),
            [Caller.Reviewer] = await ReviewerAsync(),
        };
        var failures = new List<string>();

        foreach (var endpoint in mutating.Order())
        {
            foreach (var (caller, email) in callers)
            {
                await ArrangeAsync(endpoint, submitter);
                using var client = portal.Anonymous();
                if (email is not null)
                {
                    await client.SignInAsync(email);
                }

                var token = FormPosting.AntiforgeryToken(await client.GetPageAsync(email is null ? "/account/login" : "/account"));
                using var response = await client.PostWithTokenAsync(Url(endpoint, target.Id, opinionId), token, await BodyAsync(endpoint));
                var expected = Expectations[endpoint].For(caller);
                if (!Meets(response, expected))
                {
                    failures.Add($"{endpoint} as {caller}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_mutating_endpoint_refuses_a_post_without_the_antiforgery_token()
    {
        var (mutating, _) = Endpoints();
        var target = await TestAccounts.CreateAsync(portal.Factory, TestAccounts.NewEmail("antiforgery-target"));
        // Holds every role, so only the missing token can be the reason for a refusal.
        var everything = await portal.CreateAccountAsync(OwnSection, Roles.Admin, Roles.PlanningOffice, Roles.SectionStaff, Roles.Reviewer);
        var failures = new List<string>();

        foreach (var endpoint in mutating.Except(WithoutAntiforgery.Keys).Order())
        {
            await ArrangeAsync(endpoint, null);
            using var client = portal.Anonymous();
            await client.SignInAsync(everything);
            using var content = new FormUrlEncodedContent(await BodyAsync(endpoint));
            using var response = await client.PostAsync(new Uri(Url(endpoint, target.Id, opinionId), UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, "accepted without an antiforgery token:\n" + string.Join("\n", failures));
        var record = await portal.RecordAsync(Measure, Year);
        Assert.NotEqual("マトリクス試験", record?.DoText);
    }

    [Theory]
    [InlineData(RecordState.Draft)]
    [InlineData(RecordState.Returned)]
    [InlineData(RecordState.Approved)]
    public async Task Planning_office_cannot_review_a_record_that_is_not_submitted(RecordState state)
    {
        await portal.SetRecordStateAsync(Measure, Year, state);
        using var planning = await portal.PlanningAsync();
        var token = FormPosting.AntiforgeryToken(await planning.Client.GetPageAsync("/account"));

        using var response = await planning.Client.PostWithTokenAsync($"/planning/records/{Measure}/{Year}/approve", token, await BodyAsync("POST planning/records/{measure:int}/{year:int}/approve"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(state, (await portal.RecordAsync(Measure, Year))!.State);
    }

    /// <summary>
    /// A reviewer on every page that needs a role: refused (403) wherever the role is not named — the planning office's
    /// dashboard, report, review and history pages, the staff pages with other years' drafts, the opinions with their
    /// senders' details, the administrators' pages — and let in on the reviewer's own pages only.
    /// </summary>
    [Fact]
    public async Task A_reviewer_reads_nothing_but_the_reviewers_pages_among_the_pages_that_need_a_role()
    {
        await OpenReviewRoundAsync();
        using var client = portal.Anonymous();
        await client.SignInAsync(await ReviewerAsync());
        opinionId = await portal.ArrangeOpinionAsync(Measure, OwnSection, null);
        var failures = new List<string>();
        var pages = portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (Route: e.RoutePattern.RawText!, Roles: e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Roles).LastOrDefault(r => r is not null)))
            .Where(e => e.Roles is not null)
            .ToList();

        foreach (var (route, _) in pages.OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            // Named here, not read from the attributes: a page opened to reviewers by mistake must fail this test.
            var reviewerPage = route == "review" || route.StartsWith("review/", StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(Url("GET " + route, "x", opinionId), UriKind.Relative));
            var refused = response.StatusCode == HttpStatusCode.Forbidden;
            if (refused == reviewerPage || (int)response.StatusCode >= 500)
            {
                failures.Add($"GET {route}: {(int)response.StatusCode} ({(reviewerPage ? "a reviewer's page" : "not a reviewer's page")})");
            }
        }

        Assert.Contains(pages, p => p.Route.StartsWith("review", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Route.StartsWith("planning/report", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A reviewer account with a last day of access 30 days ahead.</summary>
    private async Task<string> ReviewerAsync()
    {
        var email = await portal.CreateAccountAsync(null, Roles.Reviewer);
        await portal.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.ReviewerAccessUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
            await db.SaveChangesAsync();
        });
        return email;
    }

    /// <summary>令和3年度's review round open (and the year under review), as the planning office leaves it for the reviewers.</summary>
    private Task OpenReviewRoundAsync() => portal.WithDbAsync(async db =>
    {
        var round = await db.ReviewRounds.SingleOrDefaultAsync(r => r.FiscalYear == Year);
        if (round is null)
        {
            round = new Core.ExternalReview.ReviewRound { FiscalYear = Year };
            db.ReviewRounds.Add(round);
        }

        round.IsOpen = true;
        round.OpenedAt = DateTime.UtcNow;
        round.ChangedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
    });

    private (List<string> Mutating, List<string> AnyMethod) Endpoints()
    {
        // Endpoints that only serve link generation (conventional route templates) never answer a request.
        var endpoints = portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            .ToList();
        var mutating = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct()
            .ToList();
        var anyMethod = endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is null or { HttpMethods.Count: 0 })
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Distinct()
            .ToList();
        return (mutating, anyMethod);
    }

    /// <summary>
    /// The record and window as the endpoint needs them for an allowed caller to succeed; a record to review was
    /// submitted by <paramref name="submitter"/> (its audit trail says so), so that account may not review it.
    /// </summary>
    private async Task ArrangeAsync(string endpoint, string? submitter)
    {
        await portal.SetWindowAsync(Year, open: true);
        var review = endpoint.Contains("/approve", StringComparison.Ordinal) || endpoint.Contains("/return", StringComparison.Ordinal);
        var decline = endpoint.Contains("/decline-correction", StringComparison.Ordinal);
        var correction = decline || endpoint.Contains("/reopen", StringComparison.Ordinal) || endpoint.Contains("/correction-request", StringComparison.Ordinal);
        await portal.SetRecordStateAsync(Measure, Year, review ? RecordState.Submitted : correction ? RecordState.Approved : null);
        if (correction)
        {
            // a request left by an earlier caller would refuse the next one (one request at a time); a decline needs one pending
            await portal.WithDbAsync(async db =>
            {
                var record = await db.PdcaRecords.SingleAsync(r => r.Measure!.Number == Measure && r.FiscalYear == Year);
                record.CorrectionRequest = decline ? "マトリクス試験の依頼" : null;
                record.CorrectionReason = null;
                await db.SaveChangesAsync();
            });
        }
        if (endpoint.Contains("opinions/", StringComparison.Ordinal))
        {
            opinionId = await portal.ArrangeOpinionAsync(Measure, OwnSection, submitter);
        }

        if (endpoint.StartsWith("POST review/", StringComparison.Ordinal))
        {
            await OpenReviewRoundAsync();
        }

        if (review && submitter is not null)
        {
            await portal.WithDbAsync(async db =>
            {
                db.AuditEntries.Add(new Core.Audit.AuditEntry { At = DateTime.UtcNow, Actor = submitter, Action = RecordActions.Submit, EntityType = "PdcaRecord", EntityKey = $"M{Measure}/{Year}" });
                await db.SaveChangesAsync();
            });
        }
    }

    private static string Url(string endpoint, string userId, long opinion) =>
        "/" + endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..].TrimStart('/')
            .Replace("{id:long}", opinion.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{measure:int}", Measure.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year:int}", Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{section}", OwnSection, StringComparison.Ordinal)
            .Replace("{target}", "period", StringComparison.Ordinal) // the whole period's 総括 text
            .Replace("{id}", userId, StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal) // policy 1 and measure 1 of the plan being edited
            .Replace("projects/{code}", "projects/M07-P01", StringComparison.Ordinal)
            .Replace("{code}", "M07-I01", StringComparison.Ordinal);

    private async Task<List<KeyValuePair<string, string>>> BodyAsync(string endpoint)
    {
        var version = await portal.WithDbAsync(db => db.PdcaRecords.Where(r => r.Measure!.Number == Measure && r.FiscalYear == Year).Select(r => (Guid?)r.Version).SingleOrDefaultAsync());
        return endpoint switch
        {
            // The opinion's steps without its version: an allowed caller gets the conflict answer (409) or the text's message (422), and nothing changes.
            _ when endpoint.Contains("opinions/", StringComparison.Ordinal) => [],
            _ when endpoint.StartsWith("POST staff/records/", StringComparison.Ordinal) => [new("Form.Version", ""), new("Form.DoText", "マトリクス試験")],
            _ when endpoint.EndsWith("/approve", StringComparison.Ordinal) => [new("version", version?.ToString() ?? "")],
            _ when endpoint.EndsWith("/return", StringComparison.Ordinal) => [new("version", version?.ToString() ?? ""), new("comment", "マトリクス試験の差戻し"), new("confirmed", "true")],
            _ when endpoint.EndsWith("/reopen", StringComparison.Ordinal) || endpoint.EndsWith("/correction-request", StringComparison.Ordinal) =>
                [new("version", version?.ToString() ?? ""), new("reason", "マトリクス試験の訂正"), new("confirmed", "true")],
            _ when endpoint.EndsWith("/decline-correction", StringComparison.Ordinal) =>
                [new("version", version?.ToString() ?? ""), new("declineReason", "マトリクス試験の見送り"), new("confirmed", "true")],
            _ when endpoint.StartsWith("POST planning/windows/", StringComparison.Ordinal) => [new("open", "true"), new("deadline", "")],
            _ => [], // account and plan edit forms: empty, so an allowed caller gets the form's own validation answer and nothing changes
        };
    }

    private static bool Meets(HttpResponseMessage response, Expect expected)
    {
        var status = (int)response.StatusCode;
        var toLogin = response.StatusCode == HttpStatusCode.Redirect && (response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) ?? false);
        return expected switch
        {
            Expect.Login => toLogin,
            Expect.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
            Expect.Allowed => !toLogin && (status is >= 200 and < 400 || status is 409 or 422),
            _ => status is not 403 and < 500,
        };
    }
}
