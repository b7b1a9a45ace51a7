using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.Workbooks;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>What loading a plan workbook did: the problems (each with its sheet, row and column), or the plan file loader's result.</summary>
public sealed record PlanWorkbookImportResult(IReadOnlyList<string> Problems, PlanLoadResult? Load)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads a plan workbook through the plan file's own path: the workbook is read into the plan file's records, then
/// <see cref="PlanLoader"/> checks them with <see cref="PlanSeedValidator"/> and applies them in one transaction, or
/// nothing. Each problem the validator ties to a record and member is listed at the cell it was read from.
/// </summary>
public sealed class PlanWorkbookImporter(PlanLoader loader)
{
    public async Task<PlanWorkbookImportResult> ImportAsync(byte[] content, string actor, CancellationToken cancellationToken = default)
    {
        var read = PlanWorkbookReader.Read(content);
        if (read.Refusal is { } refusal)
        {
            return new PlanWorkbookImportResult([refusal], null);
        }

        if (read.Seed is null)
        {
            return new PlanWorkbookImportResult(read.Problems.List(), null);
        }

        // The loader checks the plan even when cells could not be read, so every problem is listed; this marker stops it applying.
        var unreadMarker = new PlanProblem("ワークブックに読み取れないセルがあります。");
        var result = await loader.LoadAsync(read.Seed, read.Problems.Count > 0 ? [unreadMarker] : [], actor, cancellationToken);
        if (result.Succeeded)
        {
            return new PlanWorkbookImportResult([], result);
        }

        foreach (var problem in result.Located.Where(p => !ReferenceEquals(p, unreadMarker)))
        {
            Place(problem, read);
        }

        return new PlanWorkbookImportResult(read.Problems.List(), result);
    }

    private static void Place(PlanProblem problem, PlanWorkbookRead read)
    {
        switch (read.Map.Find(problem.At, problem.Field))
        {
            case { Column: { } column } cell when !read.Unreadable.Contains((cell.Sheet.Name, cell.Row, column.Letter)):
                read.Problems.AtCell(cell.Sheet.Name, cell.Row, column, problem.Message);
                break;
            case { Column: not null }:
                break;
            case { } row:
                read.Problems.AtRow(row.Sheet.Name, row.Row, problem.Message);
                break;
            default:
                read.Problems.General(problem.Message);
                break;
        }
    }
}
