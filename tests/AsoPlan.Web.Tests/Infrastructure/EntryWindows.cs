using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Test setup only: opens or closes a year in a portal's database without going through the planning page.</summary>
public static class EntryWindows
{
    public static async Task SetAsync(PortalFactory factory, int fiscalYear, bool open)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var window = await db.EntryWindows.SingleOrDefaultAsync(w => w.FiscalYear == fiscalYear);
        if (window is null)
        {
            window = new EntryWindow { FiscalYear = fiscalYear };
            db.EntryWindows.Add(window);
        }

        window.IsOpen = open;
        window.ChangedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
    }
}
