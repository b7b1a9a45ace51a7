namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>One running portal with the full plan, shared by the read-only page tests.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
