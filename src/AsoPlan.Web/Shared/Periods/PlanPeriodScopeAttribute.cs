using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AsoPlan.Web.Shared.Periods;

/// <summary>
/// Public pages read one plan period: <c>?period=CODE</c> or, without it, the current one. An unknown code
/// is answered 404 (the Japanese page) before the action runs; the choice is kept on the request
/// (<see cref="PeriodChoiceExtensions"/>) for the action, the links and the period switcher.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PlanPeriodScopeAttribute() : TypeFilterAttribute(typeof(Filter))
{
    private sealed class Filter(PortalPeriods periods) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var http = context.HttpContext;
            var choice = await periods.ChooseAsync(http.Request.Query[PeriodChoice.QueryKey].ToString(), http.RequestAborted);
            if (choice is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            http.Features.Set(choice);
            await next();
        }
    }
}
