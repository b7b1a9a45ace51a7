using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data;

/// <summary>
/// A database from before 事務事業 were rows keeps each initiative's projects as lines of text; at startup they become
/// <see cref="Project"/> rows, numbered through the measure in plan order as <c>seeds/plan.json</c> numbers them
/// (<c>M13-P01</c> …), and the text is cleared. A database already moved is only read.
/// </summary>
public static class LegacyProjects
{
    public static async Task<int> MoveAsync(AsoPlanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var initiatives = await db.Initiatives
            .Where(i => i.LegacyProjects != null)
            .Include(i => i.Measure)
            .Include(i => i.Projects)
            .OrderBy(i => i.MeasureId).ThenBy(i => i.Kind).ThenBy(i => i.SortOrder)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var moved = 0;
        foreach (var measure in initiatives.GroupBy(i => i.Measure!))
        {
            var codes = await db.Projects.Where(p => p.MeasureId == measure.Key.Id).Select(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var initiative in measure)
            {
                var lines = initiative.LegacyProjects!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var (name, index) in lines.Select((n, i) => (n, i + 1)))
                {
                    var code = ProjectCodes.Next(measure.Key.Number, codes);
                    codes.Add(code);
                    initiative.Projects.Add(new Project { Code = code, Name = name, SortOrder = index, MeasureId = measure.Key.Id });
                    moved++;
                }

                initiative.LegacyProjects = null;
            }
        }

        if (initiatives.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return moved;
    }
}
