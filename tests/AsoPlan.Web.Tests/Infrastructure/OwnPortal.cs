namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// A fixture or test class with a portal of its own (a <see cref="PortalFactory"/>: the app on its own SQLite file),
/// started before the first test and disposed with its folder afterwards. Subclasses add their arrangement by
/// overriding <see cref="InitializeAsync"/> and <see cref="DisposeAsync"/> and calling the base.
/// </summary>
public abstract class OwnPortal(PortalFactory factory) : IAsyncLifetime
{
    protected OwnPortal()
        : this(new PortalFactory())
    {
    }

    public PortalFactory Factory { get; } = factory;

    public virtual Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        PortalFactory.DeleteDirectory(Factory.Directory);
    }
}
