using System.Text.Json.Nodes;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Seeding;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>
/// A portal that starts with the seeded 後期基本計画 and then loads a next period (次期基本計画 R7–R10) through
/// <see cref="PlanLoader"/>, the service behind import-plan and /admin/plan. The next plan file is the export
/// of the current one with a new period code, name and years, and a few changed titles; measure numbers and
/// indicator codes stay (they restart in each period), so 実施施策4 is in both. 後期基本計画 has one approved record
/// (measure 4, 令和4年度). The home and policy list pages are
/// fetched once before the load, as an anonymous visitor (so they sit in the output cache).
/// </summary>
public sealed class TwoPeriodPortal : OwnPortal
{
    public const string OldCode = NextPlanFile.OldCode;
    public const string NextCode = NextPlanFile.NextCode;
    public const string NextName = NextPlanFile.NextName;
    public const string NextPolicyTitle = "次期：阿蘇ブランドの世界展開";
    public const string NextMeasureTitle = "次期：世界に選ばれる観光地域づくり";

    public HttpClient Client { get; private set; } = null!;

    public string PoliciesBeforeLoad { get; private set; } = null!;

    public string HomeBeforeLoad { get; private set; } = null!;

    /// <summary>Policy 2's and measure 4's titles in 後期基本計画, as seeded.</summary>
    public string OldPolicyTitle { get; private set; } = null!;

    public string OldMeasureTitle { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await Records.AddAsync(Factory, 4, 2022, RecordState.Approved, "M04-I01", 123);
        HomeBeforeLoad = await Client.GetPageAsync("/");
        PoliciesBeforeLoad = await Client.GetPageAsync("/policies");

        await using var scope = Factory.Services.CreateAsyncScope();
        var exported = await scope.ServiceProvider.GetRequiredService<PlanSeedExporter>().ExportAsync()
            ?? throw new InvalidOperationException("no plan to export");
        var plan = JsonNode.Parse(PlanSeedJson.Serialize(exported))!;
        OldPolicyTitle = plan["period"]!["policies"]![1]!["title"]!.GetValue<string>();
        OldMeasureTitle = plan["period"]!["policies"]![1]!["measures"]![1]!["title"]!.GetValue<string>();
        var result = await scope.ServiceProvider.GetRequiredService<PlanLoader>().LoadAsync(NextPlan(plan).ToJsonString(), "test:two-periods");
        if (!result.Succeeded || !result.NewPeriod)
        {
            throw new InvalidOperationException("the next period was not loaded: " + string.Join(" / ", result.Problems));
        }
    }

    public override Task DisposeAsync()
    {
        Client.Dispose();
        return base.DisposeAsync();
    }

    private static JsonNode NextPlan(JsonNode plan)
    {
        var policies = NextPlanFile.From(plan)["period"]!["policies"]!.AsArray();
        policies[1]!["title"] = NextPolicyTitle;
        policies[1]!["measures"]![1]!["title"] = NextMeasureTitle;
        return plan;
    }
}
