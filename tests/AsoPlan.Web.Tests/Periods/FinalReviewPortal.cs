using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Progress;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>
/// A portal whose 後期基本計画 ends with 令和6年度 entered by every section and approved by the planning office through
/// the pages (all 20 measures, so the period finishes by itself). Measure 13's page is read by an anonymous visitor
/// (and cached) just before the last approval and again after it, so the tests can see what that approval changed.
/// </summary>
public sealed class FinalReviewPortal : OwnPortal
{
    public const int R6 = 2024;

    /// <summary>The last measure approved: its approval finishes the period.</summary>
    public const int LastMeasure = 20;

    /// <summary>A measure page that the last approval does not touch except by finishing the period.</summary>
    public const string OtherMeasurePage = "/measures/13";

    public string PlanningEmail { get; } = TestAccounts.NewEmail("planning");

    /// <summary>A second member of the planning office: approves what the first wrote (職務の分離).</summary>
    public string SecondPlanningEmail { get; } = TestAccounts.NewEmail("planning-2");

    public string MeasurePageBeforeLastApproval { get; private set; } = string.Empty;

    public string MeasurePageAfterLastApproval { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestAccounts.CreateAsync(Factory, PlanningEmail, Roles.PlanningOffice);
        await TestAccounts.CreateAsync(Factory, SecondPlanningEmail, Roles.PlanningOffice);
        using var planning = new SignedIn(PlanningEmail, await ClientAsync(PlanningEmail));
        await DemoActuals.ApproveYearAsync(Factory, planning, R6, submitOnly: n => n == LastMeasure);

        using var visitor = Anonymous();
        MeasurePageBeforeLastApproval = await visitor.GetPageAsync(OtherMeasurePage);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Journeys.ApproveAsync(planning, LastMeasure, R6)).StatusCode);
        MeasurePageAfterLastApproval = await visitor.GetPageAsync(OtherMeasurePage);
    }

    public async Task<HttpClient> ClientAsync(string email)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return client;
    }

    public HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false });
}

[CollectionDefinition(Name)]
public sealed class FinalReviewPortalDefinition : ICollectionFixture<FinalReviewPortal>
{
    public const string Name = "final review portal";
}
