using AsoPlan.Data;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Accounts;

/// <summary>Accounts made with the app's own Identity services, and signing in through the real login form.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery";

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.jp";

    public static async Task<AppUser> CreateAsync(PortalFactory factory, string email, string? role = null, string? sectionCode = null, string password = Password)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = "試験 太郎",
            SectionId = sectionCode is null ? null : await db.Sections.Where(s => s.Code == sectionCode).Select(s => s.Id).SingleAsync(),
        };
        Check(await users.CreateAsync(user, password));
        if (role is not null)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return user;
    }

    /// <summary>A section's id as the admin form posts it.</summary>
    public static async Task<string> SectionIdAsync(PortalFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        return (await db.Sections.Where(s => s.Code == code).Select(s => s.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<AppUser?> FindAsync(PortalFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    /// <summary>Posts the login form; the response is returned unfollowed.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password, string? returnUrl = null) =>
        client.SubmitFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", password), new("ReturnUrl", returnUrl ?? "")]);

    public static async Task SignInAsync(this HttpClient client, string email, string password = Password)
    {
        using var response = await client.PostLoginAsync(email, password);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in of {email} failed: {(int)response.StatusCode}\n{await response.BodyAsync()}");
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
