using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>What may be done to a <see cref="PlanItemResource"/>; checked by <see cref="PlanAuthorizationHandler"/>.</summary>
public static class PlanOperations
{
    /// <summary>Change texts, targets, directions, per-year targets; add, retire or delete indicators.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}
