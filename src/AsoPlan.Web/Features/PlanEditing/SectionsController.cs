using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>The sections' 問い合わせ先 (phone, e-mail, office) that the public pages show; administrators only.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/sections")]
public sealed class SectionsController(SectionContactEditor contacts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await contacts.ListAsync(cancellationToken));

    [HttpGet("{section}")]
    public async Task<IActionResult> Edit([FromRoute(Name = "section")] string code, CancellationToken cancellationToken) =>
        await contacts.FormAsync(code, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("{section}")]
    public async Task<IActionResult> Edit([FromRoute(Name = "section")] string code, SectionContactForm form, CancellationToken cancellationToken)
    {
        if (await contacts.FindAsync(code, cancellationToken) is not { } section)
        {
            return NotFound();
        }

        var problems = await contacts.SaveAsync(User.Identity!.Name!, section, form, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            (form.Code, form.Name) = (section.Code, section.Name);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        TempData[Flash.Key] = $"{section.Name}の問い合わせ先を保存しました。";
        return LocalRedirect("/admin/sections");
    }
}
