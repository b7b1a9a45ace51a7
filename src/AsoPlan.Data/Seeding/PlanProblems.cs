namespace AsoPlan.Data.Seeding;

/// <summary>
/// One problem of a plan: its Japanese message and, when known, the record it concerns (<see cref="At"/>, a record of
/// the <see cref="PlanSeed"/> being checked, by reference) and the member path within it (<see cref="Field"/>, e.g.
/// <c>Baseline.Text</c>). The plan file lists the message; the plan workbook turns the record and member into the
/// sheet, row and column it read them from.
/// </summary>
public sealed record PlanProblem(string Message, object? At = null, string? Field = null);

/// <summary>
/// The problems found while checking a plan, in the order found. Checks of one record run
/// <see cref="Within"/> it, so a problem added without a place belongs to that record.
/// </summary>
public sealed class PlanProblems
{
    private readonly List<PlanProblem> items = [];
    private object? context;

    public int Count => items.Count;

    public IReadOnlyList<PlanProblem> Items => items;

    public IReadOnlyList<string> Messages => [.. items.Select(p => p.Message)];

    /// <summary>A problem of the record being checked (or of the plan as a whole outside any record).</summary>
    public void Add(string message) => items.Add(new PlanProblem(message, context));

    /// <summary>A problem of <paramref name="field"/> (a member path such as <c>Target.Value</c>) of the record <paramref name="at"/>.</summary>
    public void Add(string message, object? at, string? field) => items.Add(new PlanProblem(message, at, field));

    /// <summary>A problem of <paramref name="field"/> of the record being checked.</summary>
    public void AddField(string message, string field) => items.Add(new PlanProblem(message, context, field));

    public void AddRange(IEnumerable<PlanProblem> problems) => items.AddRange(problems);

    /// <summary>Checks made until the returned scope ends belong to <paramref name="record"/>.</summary>
    public IDisposable Within(object record)
    {
        var outer = context;
        context = record;
        return new Scope(this, outer);
    }

    private sealed class Scope(PlanProblems problems, object? outer) : IDisposable
    {
        public void Dispose() => problems.context = outer;
    }
}
