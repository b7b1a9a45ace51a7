namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>A test class with a database of its own (a <see cref="PortalFactory"/>, started by its first use), deleted with its folder afterwards.</summary>
public abstract class OwnDatabase : OwnPortal
{
    protected PortalFactory Database => Factory;

    public override Task InitializeAsync() => Task.CompletedTask;
}
