using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Operations;

/// <summary>
/// Two app processes on one database file behind an imagined load balancer (127.0.0.1 is the trusted proxy, the
/// client's address comes in X-Forwarded-For, the public host name in Host), sharing Debian's redis-server: the output cache and the sign-in
/// limits are Redis's, so what one server evicts or counts holds on the other (docs/operations.md, Several servers).
/// </summary>
public sealed class TwoServerTests(TwoServers servers) : IClassFixture<TwoServers>
{
    [Fact]
    public async Task An_approval_through_server_A_is_on_the_very_next_anonymous_request_to_server_B()
    {
        using var staff = servers.A.Client(new CookieContainer());
        await staff.SignInAsync(servers.StaffEmail);
        await Journeys.SubmitAsync(new SignedIn(servers.StaffEmail, staff), 13, 2021, [.. Enumerable.Repeat("37", 7)]);
        using var visitorB = Visitor(servers.B);
        using var visitorA = Visitor(servers.A);
        var before = await BridgesRowAsync(visitorB);
        Assert.DoesNotContain("37橋", before, StringComparison.Ordinal);
        Assert.True(await IsServedFromCacheAsync(visitorB), "B did not cache the page");
        Assert.True(await IsServedFromCacheAsync(visitorA), "A did not find the page B stored in the shared cache");

        using var planning = servers.A.Client(new CookieContainer());
        await planning.SignInAsync(servers.PlanningEmail);
        using var approved = await Journeys.ApproveAsync(planning, 13, 2021);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("37橋", await BridgesRowAsync(visitorB), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_burst_spread_over_A_and_B_is_throttled_as_one()
    {
        const string address = "203.0.113.7";
        var nobody = TestAccounts.NewEmail("nobody"); // no account to lock out: only the rate limit can refuse
        using var a = servers.A.Client(new CookieContainer());
        using var b = servers.B.Client(new CookieContainer());
        a.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        b.DefaultRequestHeaders.Add("X-Forwarded-For", address);

        for (var attempt = 1; attempt <= TwoServers.SignInsPerMinute; attempt++)
        {
            using var allowed = await (attempt % 2 == 1 ? a : b).PostLoginAsync(nobody, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode); // the form again, with its message
        }

        using var refusedOnA = await a.PostLoginAsync(nobody, "wrong password A");
        using var refusedOnB = await b.PostLoginAsync(nobody, "wrong password B");
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnB.StatusCode);
        Assert.Contains("しばらく時間をおいてからお試しください", await refusedOnB.BodyAsync(), StringComparison.Ordinal);

        using var elsewhere = servers.B.Client(new CookieContainer());
        elsewhere.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");
        using var other = await elsewhere.PostLoginAsync(nobody, "wrong password elsewhere");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode); // another client address has its own count
    }

    /// <summary>An anonymous visitor as the load balancer passes them on: the portal's public host name, whichever server answers.</summary>
    private static HttpClient Visitor(AppProcess server)
    {
        var client = server.Client(new CookieContainer());
        client.DefaultRequestHeaders.Host = "keikaku.example.jp";
        return client;
    }

    /// <summary>The 補修済橋梁数 row of 実施施策13 as an anonymous visitor reads it.</summary>
    private static async Task<string> BridgesRowAsync(HttpClient visitor) =>
        Html.Text(Html.Section(await visitor.GetPageAsync("/measures/13"), "indicator-M13-I01", "tr"));

    private static async Task<bool> IsServedFromCacheAsync(HttpClient visitor)
    {
        using var response = await visitor.GetAsync(new Uri("/measures/13", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK && response.Headers.Age is not null;
    }
}

/// <summary>Redis, then servers A and B on one database with a planning-office and a 建設課 account and 令和3年度 open.</summary>
public sealed class TwoServers : OwnPortal
{
    public const int SignInsPerMinute = 6;

    public string PlanningEmail { get; } = TestAccounts.NewEmail("planning");

    public string StaffEmail { get; } = TestAccounts.NewEmail("kensetsu");

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    private RedisServer Redis { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync(); // migrates the database file
        await TestAccounts.CreateAsync(Factory, PlanningEmail, Roles.PlanningOffice);
        await TestAccounts.CreateAsync(Factory, StaffEmail, Roles.SectionStaff, "kensetsu");
        await EntryWindows.SetAsync(Factory, 2021, open: true);
        Redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = Redis.Configuration,
            ["Security:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["Security:SignInAttemptsPerMinutePerAddress"] = SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        A = await AppProcess.StartAsync(Factory, "server-a", settings);
        B = await AppProcess.StartAsync(Factory, "server-b", settings);
    }

    public override async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        await base.DisposeAsync();
    }
}
