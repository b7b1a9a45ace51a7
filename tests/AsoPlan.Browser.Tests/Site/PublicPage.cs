namespace AsoPlan.Browser.Tests.Site;

/// <summary>One public address the suite checks, and the status a citizen's browser should get.</summary>
public sealed record PublicPage(string Kind, string Path, int ExpectedStatus = 200)
{
    /// <summary>A file-name-safe name for reports and screenshots, e.g. <c>measure-13</c>.</summary>
    public string Name { get; } = Kind + "-" + new string(
        Path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    public override string ToString() => $"{Path} ({Kind})";
}
