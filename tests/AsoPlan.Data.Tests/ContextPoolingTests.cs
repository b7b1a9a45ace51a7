using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Data.Tests;

/// <summary>AddAsoPlanData pools contexts; a rented context must come back clean and still wired (pragmas).</summary>
public class ContextPoolingTests
{
    [Fact]
    public async Task A_reused_SQLite_context_is_reset_and_still_gets_the_pragmas()
    {
        using var database = await TestDatabase.CreateMigratedAsync();

        AsoPlanDbContext first;
        await using (var scope = database.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
            first.Sections.Add(new Section { Code = "unsaved", Name = "保存しない課", Roles = string.Empty, SortOrder = 1 });
        }

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
            Assert.Same(first, second);
            Assert.Empty(second.ChangeTracker.Entries());

            Assert.Equal(5000L, await TestDatabase.BusyTimeoutAsync(second));
        }
    }

    [Fact]
    public async Task SQL_Server_contexts_are_pooled_through_the_same_switch()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:AsoPlan"] = "Server=unused.invalid;Database=AsoPlan;Integrated Security=true;TrustServerCertificate=true",
            })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddAsoPlanData(configuration).BuildServiceProvider();

        AsoPlanDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
            Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", first.Database.ProviderName);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Same(first, scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
        }
    }
}
