using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Caching;

/// <summary>Reads a <see cref="VersionMarker"/>: one row by primary key, compiled once per process.</summary>
public static class VersionMarkers
{
    private static readonly Func<AsoPlanDbContext, string, CancellationToken, Task<Guid>> Current =
        EF.CompileAsyncQuery((AsoPlanDbContext db, string name, CancellationToken cancellationToken) =>
            db.VersionMarkers.AsNoTracking().Where(m => m.Name == name).Select(m => m.Version).FirstOrDefault());

    public static Task<Guid> CurrentAsync(AsoPlanDbContext db, string name, CancellationToken cancellationToken) =>
        Current(db, name, cancellationToken);
}
