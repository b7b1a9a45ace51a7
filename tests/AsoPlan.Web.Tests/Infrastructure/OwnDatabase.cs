namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>A test class with a database of its own (a <see cref="PortalFactory"/>), deleted with its folder afterwards.</summary>
public abstract class OwnDatabase : IAsyncLifetime
{
    protected PortalFactory Database { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        PortalFactory.DeleteDirectory(Database.Directory);
    }
}
