using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): status, set-up, confirm with a code, turn off.</summary>
[Route("account/two-factor")]
public sealed class TwoFactorController(OwnAccount account, UserManager<Data.Identity.AppUser> users) : Controller
{
    private const string StatusPath = "/account/two-factor";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        return View(new TwoFactorStatus(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0));
    }

    [HttpPost("setup")]
    public async Task<IActionResult> StartSetup()
    {
        var result = await account.StartSetupAsync(User);
        if (!result.Succeeded)
        {
            TempData[Flash.ErrorKey] = result.Errors.Count > 0 ? result.Errors[0].Message : null;
            return LocalRedirect(StatusPath);
        }

        return LocalRedirect(StatusPath + "/setup");
    }

    [HttpGet("setup")]
    public async Task<IActionResult> Setup()
    {
        var setup = await account.PendingSetupAsync(User);
        return setup is null ? LocalRedirect(StatusPath) : SetupView(setup, new TwoFactorCodeForm());
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable([Bind(Prefix = nameof(TwoFactorSetupPage.Form))] TwoFactorCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var setup = await account.PendingSetupAsync(User);
        if (setup is null)
        {
            return LocalRedirect(StatusPath);
        }

        if (!ModelState.IsValid)
        {
            return SetupView(setup, form);
        }

        var (result, recoveryCodes) = await account.EnableAsync(User, form.Code);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, nameof(TwoFactorSetupPage.Form));
            return SetupView(setup, form);
        }

        // Shown in this response only, never stored for a later request.
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", recoveryCodes);
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable([Bind(Prefix = nameof(TwoFactorStatus.Disable))] TwoFactorDisableForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = ModelState.IsValid ? await account.DisableAsync(User, form.Proof) : null;
        if (result?.NotFound == true)
        {
            return NotFound();
        }

        if (result?.Succeeded != true)
        {
            if (result is not null)
            {
                ModelState.AddErrors(result, nameof(TwoFactorStatus.Disable));
            }

            var user = await users.GetUserAsync(User);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return user is null ? NotFound() : View(nameof(Index), new TwoFactorStatus(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0));
        }

        TempData[Flash.Key] = "2段階認証を無効にしました。次回からはパスワードだけでログインします。";
        return LocalRedirect(StatusPath);
    }

    private ViewResult SetupView(AuthenticatorSetup setup, TwoFactorCodeForm form)
    {
        Response.Headers.CacheControl = "no-store";
        return View("Setup", new TwoFactorSetupPage(setup, QrCodeImage.DataUri(setup.Uri), form));
    }
}
