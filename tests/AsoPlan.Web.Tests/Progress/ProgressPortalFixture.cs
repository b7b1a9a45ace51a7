using AsoPlan.Core.Accounts;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>A portal of its own (the demo records would disturb other tests' expectations), with a planning-office account.</summary>
public sealed class ProgressPortalFixture : OwnPortal
{
    public string PlanningEmail { get; } = TestAccounts.NewEmail("planning");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestAccounts.CreateAsync(Factory, PlanningEmail, Roles.PlanningOffice);
        using var planning = new SignedIn(PlanningEmail, await PlanningClientAsync());
        await DemoActuals.EnterAsync(Factory, planning);
    }

    public async Task<HttpClient> PlanningClientAsync()
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(PlanningEmail);
        return client;
    }

    public HttpClient AnonymousClient() => Factory.CreateClient(new() { AllowAutoRedirect = false });
}

[CollectionDefinition(Name)]
public sealed class ProgressPortal : ICollectionFixture<ProgressPortalFixture>
{
    public const string Name = "progress portal";
}
