using AsoPlan.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Startup, after the database is migrated: the roles exist in every environment; the demo
/// accounts only in Development.
/// </summary>
public static class AccountsInitializer
{
    public static async Task InitializeAsoPlanAccountsAsync(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>()).ConfigureAwait(false);
            if (scope.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                await DemoAccounts.SeedAsync(scope.ServiceProvider).ConfigureAwait(false);
            }
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                var result = await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
