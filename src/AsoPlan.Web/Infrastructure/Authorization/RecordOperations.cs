using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>What may be done to a <see cref="RecordResource"/>; checked by <see cref="RecordAuthorizationHandler"/>.</summary>
public static class RecordOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Save a draft or submit.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Approve or return.</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };

    public static readonly OperationAuthorizationRequirement ReadHistory = new() { Name = nameof(ReadHistory) };

    /// <summary>Reopen an approved record for correction (planning office).</summary>
    public static readonly OperationAuthorizationRequirement Reopen = new() { Name = nameof(Reopen) };

    /// <summary>Ask for an approved record to be corrected (its section).</summary>
    public static readonly OperationAuthorizationRequirement RequestCorrection = new() { Name = nameof(RequestCorrection) };

    /// <summary>Decline a section's pending correction request (planning office).</summary>
    public static readonly OperationAuthorizationRequirement DeclineCorrection = new() { Name = nameof(DeclineCorrection) };
}
