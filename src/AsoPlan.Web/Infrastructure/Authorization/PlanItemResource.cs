namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>A policy, measure or indicator as plan-editing authorization sees it: which period it belongs to.</summary>
public sealed record PlanItemResource(int PlanPeriodId, bool IsCurrentPeriod);
