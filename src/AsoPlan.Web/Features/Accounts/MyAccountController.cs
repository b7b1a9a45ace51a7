using AsoPlan.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>The signed-in person's own page (マイページ).</summary>
[Route("account")]
public sealed class MyAccountController(AsoPlanDbContext db, UserManager<Data.Identity.AppUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var id = users.GetUserId(User);
        var home = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.DisplayName,
                Email = u.Email ?? u.UserName ?? "",
                Section = u.Section == null ? null : u.Section.Name,
                u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync();
        if (home is null)
        {
            return NotFound();
        }

        return View(new AccountHome(home.DisplayName, home.Email, home.Roles, home.Section, home.TwoFactorEnabled));
    }
}
