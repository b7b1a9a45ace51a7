namespace AsoPlan.Web.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAsoPlanAccounts(this IServiceCollection services)
    {
        services.AddScoped<PasswordSignIn>();
        return services;
    }
}
