using AsoPlan.Core.Accounts;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>Account administration: list, create, edit roles and section, lock, reset password, turn off 2FA.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/accounts")]
public sealed class AccountsController(AccountQueries queries, AccountAdministration administration) : Controller
{
    private const string ListPath = "/admin/accounts";

    private string Actor => User.Identity!.Name!;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await queries.ListAsync());

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View(new AccountCreateForm { Sections = await queries.SectionsAsync() });

    [HttpPost("new")]
    public async Task<IActionResult> Create(AccountCreateForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await administration.CreateAsync(Actor, new NewAccount(form.Email, form.DisplayName, form.Roles, form.SectionIdValue(), form.Password, form.ReviewerAccessUntilValue()));
            if (result.Succeeded)
            {
                TempData[Flash.Key] = $"アカウント {form.Email.Trim()} を作成しました。初期パスワードは本人に安全な方法で伝え、最初のログイン後に変更してもらってください。";
                return LocalRedirect(ListPath);
            }

            ModelState.AddErrors(result);
        }

        form.Sections = await queries.SectionsAsync();
        return View(form);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var form = await queries.EditFormAsync(id);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, AccountEditForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await administration.UpdateAsync(Actor, id, new AccountUpdate(form.DisplayName, form.Roles, form.SectionIdValue(), form.ConcurrencyStamp, form.ReviewerAccessUntilValue()));
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData[Flash.Key] = "アカウントの内容を変更しました。";
                return LocalRedirect(ListPath);
            }

            ModelState.AddErrors(result);
        }

        return await queries.RefillAsync(id, form) ? View(form) : NotFound();
    }

    [HttpPost("{id}/lock")]
    public Task<IActionResult> Lock(string id) =>
        Done(id, administration.SetLockedAsync(Actor, id, locked: true), "アカウントをロックしました。解除するまでログインできません。");

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id) =>
        Done(id, administration.SetLockedAsync(Actor, id, locked: false), "アカウントのロックを解除しました。");

    [HttpPost("{id}/two-factor/disable")]
    public Task<IActionResult> DisableTwoFactor(string id) =>
        Done(id, administration.DisableTwoFactorAsync(Actor, id), "2段階認証を無効にしました。本人はパスワードだけでログインし、必要なら設定し直せます。");

    [HttpGet("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var email = await queries.EmailAsync(id);
        return email is null ? NotFound() : View(new PasswordResetForm { Id = id, Email = email });
    }

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, PasswordResetForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var email = await queries.EmailAsync(id);
        if (email is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await administration.ResetPasswordAsync(Actor, id, form.Password);
            if (result.Succeeded)
            {
                TempData[Flash.Key] = $"{email} のパスワードを再設定しました。本人に安全な方法で伝えてください。";
                return LocalRedirect(ListPath);
            }

            ModelState.AddErrors(result);
        }

        return View(new PasswordResetForm { Id = id, Email = email });
    }

    /// <summary>The buttons on the edit page: back to it with the outcome.</summary>
    private async Task<IActionResult> Done(string id, Task<AccountResult> change, string message)
    {
        var result = await change;
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? Flash.Key : Flash.ErrorKey] = result.Succeeded ? message : string.Join(" ", result.Errors.Select(e => e.Message));
        return LocalRedirect($"{ListPath}/{Uri.EscapeDataString(id)}");
    }
}
