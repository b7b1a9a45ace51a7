using AsoPlan.Web.Features.Workbooks;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>A place in the plan workbook: a sheet, a row and, when the problem is of one member, its column.</summary>
public sealed record PlanCell(PlanSheet Sheet, int Row, WorkbookColumn? Column);

/// <summary>
/// Where each record of a plan read from the workbook came from, so that a problem the plan validator ties to a record
/// and member (<see cref="AsoPlan.Data.Seeding.PlanProblem"/>) is reported at its sheet, row and column. Records are
/// matched by reference: two equal rows are still two places.
/// </summary>
public sealed class PlanCellMap
{
    private readonly Dictionary<object, (PlanSheet Sheet, int Row)> rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Dictionary<string, PlanCell>> cells = new(ReferenceEqualityComparer.Instance);

    public void Row(object record, PlanSheet sheet, int row) => rows[record] = (sheet, row);

    /// <summary>A member kept in a cell of its own (the 計画 sheet holds one member per row).</summary>
    public void Cell(object record, string field, PlanCell cell)
    {
        if (!cells.TryGetValue(record, out var fields))
        {
            cells[record] = fields = new Dictionary<string, PlanCell>(StringComparer.Ordinal);
        }

        fields[field] = cell;
    }

    /// <summary>The cell of the member (or the row of the record), or null for a problem of no record the workbook holds.</summary>
    public PlanCell? Find(object? record, string? field)
    {
        if (record is null)
        {
            return null;
        }

        if (field is not null && cells.TryGetValue(record, out var fields) && fields.TryGetValue(field, out var cell))
        {
            return cell;
        }

        if (!rows.TryGetValue(record, out var row))
        {
            return null;
        }

        return new PlanCell(row.Sheet, row.Row, field is not null && row.Sheet.Fields.TryGetValue(field, out var column) ? column : null);
    }
}
