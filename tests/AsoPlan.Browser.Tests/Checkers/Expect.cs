namespace AsoPlan.Browser.Tests.Checkers;

/// <summary>Assertions whose failure message lists every problem found, not just the first.</summary>
public static class Expect
{
    public static void NoProblems(string what, IEnumerable<(string Where, IReadOnlyList<string> Problems)> results)
    {
        var failed = results.Where(r => r.Problems.Count > 0).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var lines = failed.SelectMany(r => r.Problems.Select(p => $"- {r.Where}: {p}"));
        Assert.Fail($"{what}: {failed.Sum(r => r.Problems.Count)} problem(s) on {failed.Count} page(s)\n{string.Join('\n', lines)}");
    }

    public static void NoProblems(string what, string where, IReadOnlyList<string> problems) =>
        NoProblems(what, [(where, problems)]);

    public static void Mentions(IReadOnlyList<string> problems, string fragment) =>
        Assert.True(
            problems.Any(p => p.Contains(fragment, StringComparison.Ordinal)),
            $"expected a problem mentioning \"{fragment}\", got:\n{string.Join('\n', problems)}");
}
