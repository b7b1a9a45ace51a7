using AsoPlan.Core.ExternalReview;
using AsoPlan.Web.Features.Errors;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>What every reviewer page checks first: the account's access period (ReviewerAccess.IsActive), and which year is under review.</summary>
public sealed class ReviewerGate(ExternalReviewQueries queries, TimeProvider clock)
{
    /// <summary>The 403 page 「利用期間が終了しています」 for a reviewer account past its last day (or without one); null while it runs.</summary>
    public async Task<IActionResult?> ExpiredAsync(Controller controller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var until = await queries.AccessUntilAsync(controller.User.Identity!.Name!, cancellationToken);
        if (ReviewerAccess.IsActive(until, clock.GetUtcNow()))
        {
            return null;
        }

        var view = controller.View("~/Features/Errors/Views/Error/Status.cshtml", new ErrorPage(StatusCodes.Status403Forbidden, "利用期間が終了しています", "外部評価委員としての利用期間が設定されていないか、終了しています。政策防災課にお問い合わせください。"));
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }
}
