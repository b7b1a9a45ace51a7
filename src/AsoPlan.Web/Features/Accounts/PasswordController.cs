using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>A signed-in person changes their own password.</summary>
[Route("account/password")]
public sealed class PasswordController(OwnAccount account) : Controller
{
    public const string ChangedMessage = "パスワードを変更しました。";

    [HttpGet("")]
    public IActionResult Change() => View(new PasswordChangeForm());

    [HttpPost("")]
    public async Task<IActionResult> Change(PasswordChangeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(new PasswordChangeForm());
        }

        var result = await account.ChangePasswordAsync(User, form.CurrentPassword, form.NewPassword);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return View(new PasswordChangeForm());
        }

        TempData[Flash.Key] = ChangedMessage;
        return LocalRedirect(AccountController.HomePath);
    }
}
