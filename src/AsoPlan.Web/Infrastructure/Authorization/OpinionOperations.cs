using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>What may be done to an <see cref="OpinionResource"/>; checked by <see cref="OpinionAuthorizationHandler"/>.</summary>
public static class OpinionOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    public static readonly OperationAuthorizationRequirement ReadSenderName = new() { Name = nameof(ReadSenderName) };

    public static readonly OperationAuthorizationRequirement Assign = new() { Name = nameof(Assign) };

    public static readonly OperationAuthorizationRequirement DraftReply = new() { Name = nameof(DraftReply) };

    public static readonly OperationAuthorizationRequirement ReturnReply = new() { Name = nameof(ReturnReply) };

    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };

    public static readonly OperationAuthorizationRequirement Withhold = new() { Name = nameof(Withhold) };

    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
}
