using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>One refused input: the form field it belongs beside (empty for the form as a whole) and the Japanese message.</summary>
public sealed record AccountError(string Field, string Message);

/// <summary>The outcome of an account change; a failed change has stored nothing.</summary>
public sealed class AccountResult
{
    private AccountResult(bool succeeded, bool notFound, IReadOnlyList<AccountError> errors)
    {
        Succeeded = succeeded;
        NotFound = notFound;
        Errors = errors;
    }

    public static AccountResult Success { get; } = new(true, false, []);

    public static AccountResult Missing { get; } = new(false, true, []);

    public bool Succeeded { get; }

    public bool NotFound { get; }

    public IReadOnlyList<AccountError> Errors { get; }

    public static AccountResult Failed(string field, string message) => new(false, false, [new AccountError(field, message)]);

    /// <summary>Identity's errors, each placed beside the field it is about.</summary>
    public static AccountResult From(IdentityResult result, string passwordField = "Password")
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded
            ? Success
            : new(false, false, [.. result.Errors.Select(e => new AccountError(FieldOf(e.Code, passwordField), e.Description))]);
    }

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) && code != "PasswordMismatch" => passwordField,
        "PasswordMismatch" => "CurrentPassword",
        "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "Email",
        _ => string.Empty,
    };
}
