namespace AsoPlan.Web.Features.Errors;

/// <summary>Answers any address no endpoint claims with 404; the status code pages render it.</summary>
public static class NotFoundEndpoint
{
    public static Task Handle(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
