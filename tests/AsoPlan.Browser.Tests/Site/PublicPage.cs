namespace AsoPlan.Browser.Tests.Site;

/// <summary>One public address the suite checks, and the status a citizen's browser should get.</summary>
/// <param name="Name">A file-name-safe name for reports and screenshots, e.g. <c>measure-13</c>.</param>
public sealed record PublicPage(string Name, string Path, int ExpectedStatus = 200)
{
    public override string ToString() => Path;
}
