using AsoPlan.Core.Audit;
using AsoPlan.Core.Budget;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Periods;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Reminders;
using AsoPlan.Core.Search;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Caching;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data;

/// <summary>
/// The one context: the plan, the yearly records, Identity's tables and the Data Protection key ring
/// (shared by every web instance, so a cookie or antiforgery token from one is valid on all).
/// </summary>
public class AsoPlanDbContext(DbContextOptions<AsoPlanDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanSection> PlanSections => Set<PlanSection>();

    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<PlanPeriod> PlanPeriods => Set<PlanPeriod>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicySection> PolicySections => Set<PolicySection>();

    public DbSet<IndividualPlan> IndividualPlans => Set<IndividualPlan>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureSdgGoal> MeasureSdgGoals => Set<MeasureSdgGoal>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectRecord> ProjectRecords => Set<ProjectRecord>();

    public DbSet<StaffCostRate> StaffCostRates => Set<StaffCostRate>();

    public DbSet<PublishedProject> PublishedProjects => Set<PublishedProject>();

    public DbSet<IndicatorYearTarget> IndicatorYearTargets => Set<IndicatorYearTarget>();

    public DbSet<RevisionNote> RevisionNotes => Set<RevisionNote>();

    public DbSet<PdcaRecord> PdcaRecords => Set<PdcaRecord>();

    public DbSet<ActualValue> ActualValues => Set<ActualValue>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublishedValue> PublishedValues => Set<PublishedValue>();

    public DbSet<EntryWindow> EntryWindows => Set<EntryWindow>();

    public DbSet<Opinion> Opinions => Set<Opinion>();

    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();

    public DbSet<ReviewerFinding> ReviewerFindings => Set<ReviewerFinding>();

    public DbSet<CommitteeFinding> CommitteeFindings => Set<CommitteeFinding>();

    public DbSet<FinalReviewText> FinalReviewTexts => Set<FinalReviewText>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<VersionMarker> VersionMarkers => Set<VersionMarker>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewRecordVersions();
        RefreshSearchText();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewRecordVersions();
        RefreshSearchText();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Every saved record gets a new <see cref="PdcaRecord.Version"/>; the original value stays what the
    /// caller loaded (or posted back), so a record changed in between fails with DbUpdateConcurrencyException.
    /// A change to one of a record's actual values or project years counts as a change to the record, so value edits are
    /// guarded by the same token.
    /// </summary>
    private void RenewRecordVersions()
    {
        ChangeTracker.DetectChanges();
        var changedValues = ChangeTracker.Entries<ActualValue>()
            .Where(v => v.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(v => v.Entity.PdcaRecordId)
            .Concat(ChangeTracker.Entries<ProjectRecord>()
                .Where(p => p.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(p => p.Entity.PdcaRecordId))
            .ToHashSet();
        foreach (var entry in ChangeTracker.Entries<PdcaRecord>())
        {
            var valuesChanged = entry.State == EntityState.Unchanged && changedValues.Contains(entry.Entity.Id);
            if (entry.State is EntityState.Added or EntityState.Modified || valuesChanged)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }

        foreach (var entry in ChangeTracker.Entries<Opinion>().Where(o => o.State == EntityState.Modified))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }

    /// <summary>Every added or changed plan item gets its folded search column anew (see <see cref="ISearchable"/>).</summary>
    private void RefreshSearchText()
    {
        foreach (var entry in ChangeTracker.Entries<ISearchable>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var text = SearchFolding.Column([.. entry.Entity.SearchFields()]);
            if (entry.Entity.SearchText != text)
            {
                entry.Entity.SearchText = text;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AsoPlanDbContext).Assembly);
    }
}
