namespace AsoPlan.Web.Features.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
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
