using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>Sign-in (password, then the authenticator code when enabled), sign-out and the access-denied page.</summary>
[Route("account")]
public sealed class AccountController(PasswordSignIn passwordSignIn, SecondFactorSignIn secondFactor, SignInManager<AppUser> signIn) : Controller
{
    public const string HomePath = "/account";

    private const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(WithoutPassword(form));
        }

        var result = await passwordSignIn.SignInAsync(form.Email, form.Password);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = SafeReturnUrl(form.ReturnUrl) });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedOutMessage : WrongCredentials);
        return View(WithoutPassword(form));
    }

    [AllowAnonymous]
    [HttpGet("login-2fa")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new TwoFactorLoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login-2fa")]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(new TwoFactorLoginForm { ReturnUrl = form.ReturnUrl });
        }

        var result = await secondFactor.SignInAsync(user, form.Code);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        ModelState.AddModelError(
            nameof(TwoFactorLoginForm.Code),
            result.IsLockedOut ? LockedOutMessage : "コードが正しくありません。認証アプリの最新のコードか、未使用のリカバリーコードを入力してください。");
        return View(new TwoFactorLoginForm { ReturnUrl = form.ReturnUrl });
    }

    /// <summary>
    /// Anonymous too, so a session that already expired can still press the button without an error.
    /// The new security stamp makes every copy of the old cookie worthless, not just the browser's own.
    /// </summary>
    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>The same words whether or not the address has an account (see <see cref="PasswordSignIn"/>).</summary>
    public static string LockedOutMessage =>
        $"ログインに続けて失敗したため、このメールアドレスでのログインは一時的にロックされています。{AccountPolicy.LockoutDuration.TotalMinutes:0}分ほど待ってから、もう一度お試しください。解除を急ぐ場合は管理者に連絡してください。";

    private static LoginForm WithoutPassword(LoginForm form) => new() { Email = form.Email, ReturnUrl = form.ReturnUrl };

    private string SafeReturnUrl(string? returnUrl) => ReturnUrl.Safe(Url, returnUrl, HomePath);
}
