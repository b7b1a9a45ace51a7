using AsoPlan.Core.Audit;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Accounts;

public static class AuditRows
{
    public static async Task<List<AuditEntry>> ForAccountAsync(PortalFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "AppUser" && a.EntityKey == email).OrderBy(a => a.Id).ToListAsync();
    }
}
