namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>
/// <c>ASOPLAN_SKIP_BROWSER_TESTS=1</c> lets a machine without Chromium run the rest of the solution's tests.
/// Tests then return early and say so; they are never silently skipped by default.
/// </summary>
public static class OptOut
{
    public const string Variable = "ASOPLAN_SKIP_BROWSER_TESTS";

    public static bool IsSet => Environment.GetEnvironmentVariable(Variable) == "1";

    public static string Message =>
        $"{Variable}=1 is set: the browser tests (accessibility, HTML validity, phone layout, journeys) did NOT run.";

    /// <summary>True when the calling test must return at once; the reason goes to the test's output.</summary>
    public static bool Applies(ITestOutputHelper output)
    {
        if (!IsSet)
        {
            return false;
        }

        output.WriteLine(Message);
        return true;
    }
}
