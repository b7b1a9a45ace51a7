using AsoPlan.Core.Accounts;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Refuses the passwords attackers try first (<see cref="CommonPasswords"/>). Identity runs it wherever a
/// password is set: account creation, the admin's reset, the person's own change and create-admin.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordCommon";

    public const string Message = "よく使われているパスワードや推測されやすいパスワード（よくある単語に数字や記号を付けただけのもの、同じ文字の繰り返し、連続した文字や数字）は使えません。覚えやすい言葉をいくつか組み合わせた長い文などにしてください。";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(CommonPasswords.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
}
