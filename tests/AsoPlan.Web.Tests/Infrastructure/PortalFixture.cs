namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>One running portal with the full plan, shared by the read-only page tests.</summary>
public sealed class PortalFixture : OwnPortal
{
    public HttpClient Client { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        Client.Dispose();
        return base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
