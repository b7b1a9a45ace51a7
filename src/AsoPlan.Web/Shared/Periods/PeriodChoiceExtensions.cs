namespace AsoPlan.Web.Shared.Periods;

public static class PeriodChoiceExtensions
{
    /// <summary>The period of a request that passed <see cref="PlanPeriodScopeAttribute"/>; null elsewhere (staff pages, error pages).</summary>
    public static PeriodChoice? PeriodChoice(this HttpContext http) => http?.Features.Get<PeriodChoice>();

    /// <summary>The period chosen for this public request.</summary>
    public static PortalPeriod Period(this HttpContext http) =>
        http.PeriodChoice()?.Selected ?? throw new InvalidOperationException("The controller lacks [PlanPeriodScope].");

    /// <summary>
    /// <paramref name="href"/> (a site path, maybe with a query or a fragment) with <c>period=CODE</c> added when a
    /// period other than the current one is shown, so that following a link stays in that period.
    /// </summary>
    public static string WithPeriod(string href, string? code)
    {
        ArgumentNullException.ThrowIfNull(href);
        if (code is null || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (href, string.Empty) : (href[..hash], href[hash..]);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{path}{separator}{AsoPlan.Web.Shared.Periods.PeriodChoice.QueryKey}={Uri.EscapeDataString(code)}{fragment}";
    }
}
