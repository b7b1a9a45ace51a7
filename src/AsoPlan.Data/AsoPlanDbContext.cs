using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data;

/// <summary>The one context: the plan, the yearly records and Identity's tables.</summary>
public class AsoPlanDbContext(DbContextOptions<AsoPlanDbContext> options) : IdentityDbContext<AppUser>(options)
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

    public DbSet<PdcaRecord> PdcaRecords => Set<PdcaRecord>();

    public DbSet<ActualValue> ActualValues => Set<ActualValue>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AsoPlanDbContext).Assembly);
    }
}
