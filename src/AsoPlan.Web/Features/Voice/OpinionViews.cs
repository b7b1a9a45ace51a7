using AsoPlan.Web.Features.Errors;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Voice;

internal static class OpinionViews
{
    /// <summary>The Japanese 403 page with a message saying why (separation of duties).</summary>
    public static ViewResult Forbidden(Controller controller, string message)
    {
        var view = controller.View("~/Features/Errors/Views/Error/Status.cshtml", new ErrorPage(StatusCodes.Status403Forbidden, "この操作はできません", message));
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }
}
