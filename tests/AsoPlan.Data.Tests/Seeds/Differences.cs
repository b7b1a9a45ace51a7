namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Collects human-readable differences between plan.json and the source document.</summary>
internal sealed class Differences
{
    private readonly List<string> items = [];

    public IReadOnlyList<string> Items => items;

    public void Add(string difference) => items.Add(difference);

    public void Value<T>(string where, T? planJson, T? source)
    {
        if (!EqualityComparer<T>.Default.Equals(planJson, source))
        {
            items.Add($"{where}: plan.json '{planJson}', source '{source}'");
        }
    }

    public void Sequence(string where, IEnumerable<string> planJson, IEnumerable<string> source)
    {
        var left = planJson.ToList();
        var right = source.ToList();
        if (left.Count != right.Count)
        {
            items.Add($"{where}: plan.json has {left.Count} items, source {right.Count}");
        }

        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            Value($"{where}[{i}]", left[i], right[i]);
        }
    }
}
