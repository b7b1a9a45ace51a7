namespace AsoPlan.Web.Features.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAsoPlanAccounts(this IServiceCollection services)
    {
        services.AddSingleton<SignInFailures>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SecondFactorSignIn>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OwnAccount>();
        services.AddScoped<AsoPlan.Web.Features.Accounts.AccountQueries>();
        return services;
    }
}
