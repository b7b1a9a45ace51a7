using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Restarting_on_the_same_database_duplicates_nothing_and_keeps_entered_values()
    {
        var directory = Path.Combine(Path.GetTempPath(), "asoplan-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Counts first;
            await using (var factory = new PortalFactory(directory))
            {
                using var client = factory.CreateClient();
                await Records.AddAsync(factory, 13, 2021, RecordState.Approved, "M13-I03", 427.5m);
                first = await CountAsync(factory);
            }

            await using (var factory = new PortalFactory(directory))
            {
                using var client = factory.CreateClient();
                var second = await CountAsync(factory);

                Assert.Equal(first, second);
                Assert.Equal(20, second.Measures);
                Assert.Equal(Seed.Indicators.Count(), second.Indicators);
                Assert.Contains("427.5km", await client.GetPageAsync("/measures/13"), StringComparison.Ordinal);
            }
        }
        finally
        {
            PortalFactory.DeleteDirectory(directory);
        }
    }

    private static async Task<Counts> CountAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        return new Counts(
            await db.Plans.CountAsync(),
            await db.Challenges.CountAsync(),
            await db.Policies.CountAsync(),
            await db.Measures.CountAsync(),
            await db.Indicators.CountAsync(),
            await db.Initiatives.CountAsync(),
            await db.Sections.CountAsync(),
            await db.MeasureSdgGoals.CountAsync(),
            await db.IndividualPlans.CountAsync(),
            await db.ActualValues.CountAsync(v => v.Value == 427.5m));
    }

    private sealed record Counts(int Plans, int Challenges, int Policies, int Measures, int Indicators, int Initiatives, int Sections, int SdgGoals, int IndividualPlans, int EnteredValues);
}
