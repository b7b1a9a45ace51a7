using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.Accounts;

public sealed class AccountEditForm : AccountFields
{
    /// <summary>Identity's stamp as loaded, so a change made by someone else in between is refused, not overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public string Id { get; set; } = "";

    [BindNever]
    public string Email { get; set; } = "";

    [BindNever]
    public bool Locked { get; set; }

    [BindNever]
    public bool TwoFactor { get; set; }
}
