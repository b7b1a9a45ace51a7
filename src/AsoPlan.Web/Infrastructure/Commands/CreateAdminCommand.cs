using AsoPlan.Data;
using AsoPlan.Web.Features.Accounts;

namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>
/// <c>create-admin --email ADDRESS [--name 表示名]</c>: creates the first administrator, or makes an
/// existing account one. The password comes from standard input or is typed twice; there is no default.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    /// <summary>Recorded as the actor of the audit row: no person is signed in.</summary>
    public const string Actor = "system:create-admin";

    private const string Usage = "使い方: dotnet run --project src/AsoPlan.Web -- create-admin --email メールアドレス [--name 表示名]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var options = Parse(args, console);
        if (options is null)
        {
            console.Error.WriteLine(Usage);
            return CommandLine.UsageError;
        }

        var password = console.ReadPassword($"パスワード（{AccountPolicy.MinPasswordLength}文字以上）: ", "確認のため、もう一度入力してください: ");
        if (password is null)
        {
            return CommandLine.Failure;
        }

        await services.InitializeAsoPlanDatabaseAsync();
        await services.InitializeAsoPlanAccountsAsync();
        await using var scope = services.CreateAsyncScope();
        var (result, created) = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
            .CreateOrPromoteAdministratorAsync(Actor, options.Value.Email, options.Value.Name, password);
        if (!result.Succeeded)
        {
            console.Error.WriteLine("管理者アカウントを作成できませんでした。");
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"- {error.Message}");
            }

            return CommandLine.Failure;
        }

        console.Out.WriteLine(created
            ? $"管理者アカウント {options.Value.Email} を作成しました。/account/login からログインできます。"
            : $"既存のアカウント {options.Value.Email} を管理者にし、パスワードを設定し直しました（ロックも解除しました）。");
        return CommandLine.Success;
    }

    private static (string Email, string? Name)? Parse(IReadOnlyList<string> args, CommandConsole console)
    {
        string? email = null;
        string? name = null;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--email" when value is not null:
                    email = value.Trim();
                    i++;
                    break;
                case "--name" when value is not null:
                    name = value.Trim();
                    i++;
                    break;
                default:
                    console.Error.WriteLine($"分からない指定です: {args[i]}");
                    return null;
            }
        }

        if (string.IsNullOrEmpty(email))
        {
            console.Error.WriteLine("--email で管理者のメールアドレスを指定してください。");
            return null;
        }

        if (name is { Length: 0 or > 100 })
        {
            console.Error.WriteLine("--name の表示名は1文字以上100文字以内で指定してください。");
            return null;
        }

        return (email, name);
    }
}
