using AsoPlan.Core.Audit;
using AsoPlan.Core.Budget;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Reminders;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Caching;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>What a saved change of an entity type does to the cached public pages.</summary>
public enum PublicCacheEffect
{
    /// <summary>Never shown on a public page: evicts nothing.</summary>
    Private,

    /// <summary>Part of the plan every public page is drawn from: evicts every cached page.</summary>
    WholePlan,

    /// <summary>Published with one measure's yearly record: evicts that measure, its policy, the summary pages and open data.</summary>
    PublishedMeasure,

    /// <summary>
    /// A citizen's opinion: evicts its measure, the summary pages (/opinions, the feed) and open data, but only when it is
    /// or was published. A new or unpublished opinion is never public, so a flood of submissions cannot empty the cache.
    /// </summary>
    PublishedOpinion,
}

/// <summary>
/// Every entity type of the model says here, once, whether the public pages show it. The eviction reads this
/// table instead of guessing from a namespace, and a test fails for an entity type that is in neither list,
/// so a new public entity cannot be cached stale unnoticed (and a new private one does not empty the cache).
/// </summary>
public static class PublicCacheDeclarations
{
    private static readonly Dictionary<Type, PublicCacheEffect> Effects = new()
    {
        // The plan and its revisions: every public page lists, links or counts them.
        [typeof(Plan)] = PublicCacheEffect.WholePlan,
        [typeof(PlanSection)] = PublicCacheEffect.WholePlan,
        [typeof(PlanPeriod)] = PublicCacheEffect.WholePlan,
        [typeof(Challenge)] = PublicCacheEffect.WholePlan,
        [typeof(Department)] = PublicCacheEffect.WholePlan,
        [typeof(Section)] = PublicCacheEffect.WholePlan,
        [typeof(Policy)] = PublicCacheEffect.WholePlan,
        [typeof(PolicySection)] = PublicCacheEffect.WholePlan,
        [typeof(IndividualPlan)] = PublicCacheEffect.WholePlan,
        [typeof(Measure)] = PublicCacheEffect.WholePlan,
        [typeof(MeasureSdgGoal)] = PublicCacheEffect.WholePlan,
        [typeof(Initiative)] = PublicCacheEffect.WholePlan,
        [typeof(Indicator)] = PublicCacheEffect.WholePlan,
        [typeof(IndicatorYearTarget)] = PublicCacheEffect.WholePlan,
        [typeof(RevisionNote)] = PublicCacheEffect.WholePlan,
        [typeof(Project)] = PublicCacheEffect.WholePlan,

        // The planning office's 総括 texts: public once approved, on the final review and in open data. Written rarely,
        // by the office only, so a draft's save evicting too is cheap.
        [typeof(Core.Periods.FinalReviewText)] = PublicCacheEffect.WholePlan,

        // 単価 turns every published project's 人工 into 人件費 and トータルコスト.
        [typeof(StaffCostRate)] = PublicCacheEffect.WholePlan,

        // What an approval publishes. A record counts only when it is or was approved (see the eviction).
        [typeof(PdcaRecord)] = PublicCacheEffect.PublishedMeasure,
        [typeof(ActualValue)] = PublicCacheEffect.PublishedMeasure,
        [typeof(ProjectRecord)] = PublicCacheEffect.PublishedMeasure,
        [typeof(Publication)] = PublicCacheEffect.PublishedMeasure,
        [typeof(PublishedValue)] = PublicCacheEffect.PublishedMeasure,
        [typeof(PublishedProject)] = PublicCacheEffect.PublishedMeasure,

        // The committee's finding and the city's response, published beside a measure's evaluation.
        [typeof(CommitteeFinding)] = PublicCacheEffect.PublishedMeasure,

        // Citizens' opinions: public only once published with the city's reply.
        [typeof(Opinion)] = PublicCacheEffect.PublishedOpinion,

        // The work of staff and the office, accounts and keys: never public.
        [typeof(EntryWindow)] = PublicCacheEffect.Private,
        [typeof(ReviewRound)] = PublicCacheEffect.Private,
        [typeof(ReviewerFinding)] = PublicCacheEffect.Private,
        [typeof(AuditEntry)] = PublicCacheEffect.Private,
        [typeof(ReminderDelivery)] = PublicCacheEffect.Private,
        [typeof(DataProtectionKey)] = PublicCacheEffect.Private,
        [typeof(VersionMarker)] = PublicCacheEffect.Private,
        [typeof(AppUser)] = PublicCacheEffect.Private,
        [typeof(IdentityRole)] = PublicCacheEffect.Private,
        [typeof(IdentityUserRole<string>)] = PublicCacheEffect.Private,
        [typeof(IdentityUserClaim<string>)] = PublicCacheEffect.Private,
        [typeof(IdentityUserLogin<string>)] = PublicCacheEffect.Private,
        [typeof(IdentityUserToken<string>)] = PublicCacheEffect.Private,
        [typeof(IdentityRoleClaim<string>)] = PublicCacheEffect.Private,
    };

    public static IReadOnlyDictionary<Type, PublicCacheEffect> All => Effects;

    /// <summary>The declared effect; an undeclared type (a test catches it) is treated as the whole plan, never as private.</summary>
    public static PublicCacheEffect For(Type entityType) =>
        Effects.TryGetValue(entityType, out var effect) ? effect : PublicCacheEffect.WholePlan;
}
