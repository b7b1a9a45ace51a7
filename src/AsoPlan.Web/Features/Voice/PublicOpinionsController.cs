using System.Globalization;
using System.Text.Json;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Voice;

/// <summary>The published opinions with the city's replies: the list with filters, its Atom feed and the open data files.</summary>
[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class PublicOpinionsController(PublishedOpinionsQuery opinions, Data.AsoPlanDbContext db, IOptions<OpenDataOptions> licence) : Controller
{
    /// <summary><c>/opinions?policy=3&amp;year=2026&amp;page=2</c>; an unknown filter value is named in a notice and dropped.</summary>
    [HttpGet("opinions")]
    public async Task<IActionResult> Index(string? policy, string? year, string? page, CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var policies = await db.Policies.AsNoTracking().Where(p => p.PlanPeriodId == period.Id).OrderBy(p => p.Number)
            .Select(p => new PolicyChoice(p.Number, p.ShortName)).ToListAsync(cancellationToken);
        var years = await opinions.YearsAsync(period, cancellationToken);
        var filter = OpinionListFilter.Read(policy, year, page, policies.Select(p => p.Number).ToHashSet(), years);
        var (items, total) = await opinions.PageAsync(period, null, filter.Policy, filter.Year, filter.Page, PublishedOpinionList.PageSize, cancellationToken);
        var list = new PublishedOpinionList(items, filter.Page, PublishedOpinionList.PageCountOf(total), total, n => filter.Href(period, n));
        return View(new OpinionListPage(list, policies, years, filter));
    }

    [HttpGet("opinions/feed.atom")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var site = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        return File(OpinionFeed.Write(period, site, licence.Value, await opinions.LatestAsync(period, cancellationToken)), ChangeFeed.ContentType);
    }

    [HttpGet("opendata/opinions.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        File(OpinionColumns.Csv(await opinions.AllAsync(HttpContext.Period(), cancellationToken)), "text/csv; charset=utf-8", "opinions.csv");

    [HttpGet("opendata/opinions.json")]
    public async Task<IActionResult> Json(CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var json = OpinionColumns.Json(period, await opinions.AllAsync(period, cancellationToken)).ToJsonString(OpenDataJson.Options);
        return Content(json, "application/json; charset=utf-8");
    }
}

public sealed record PolicyChoice(int Number, string ShortName);

public sealed record OpinionListPage(PublishedOpinionList List, IReadOnlyList<PolicyChoice> Policies, IReadOnlyList<int> Years, OpinionListFilter Filter);

/// <summary>The list's filters as the address carries them. A value that is not a policy or year of the list is dropped and named.</summary>
public sealed record OpinionListFilter(int? Policy, int? Year, int Page, IReadOnlyList<string> Notices)
{
    public static OpinionListFilter Read(string? policy, string? year, string? page, IReadOnlySet<int> policies, IReadOnlyList<int> years)
    {
        var notices = new List<string>();
        int? policyNumber = null, fiscalYear = null;
        if (!string.IsNullOrEmpty(policy) && policy != "all")
        {
            if (int.TryParse(policy, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && policies.Contains(p))
            {
                policyNumber = p;
            }
            else
            {
                notices.Add("指定された政策が見つからないため、すべての政策のご意見を表示しています。");
            }
        }

        if (!string.IsNullOrEmpty(year) && year != "all")
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y))
            {
                fiscalYear = y;
            }
            else
            {
                notices.Add("指定された年度に公表したご意見がないため、すべての年度のご意見を表示しています。");
            }
        }

        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : 1;
        return new OpinionListFilter(policyNumber, fiscalYear, number, notices);
    }

    public string Href(PortalPeriod period, int page)
    {
        var query = new List<string>();
        if (!period.IsCurrent)
        {
            query.Add($"{PeriodChoice.QueryKey}={Uri.EscapeDataString(period.Code)}");
        }

        if (Policy is { } p)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"policy={p}"));
        }

        if (Year is { } y)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"year={y}"));
        }

        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"page={page}"));
        }

        return "/opinions" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
    }
}
