using AsoPlan.Data;
using AsoPlan.Web.Models.Portal;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

/// <summary>Partial-match search over policies, measures, initiatives (with their projects) and indicator names.</summary>
public sealed class SearchQuery(AsoPlanDbContext db)
{
    private const int MaxHitsPerKind = 50;
    private const int ExcerptLength = 80;

    /// <summary>Searches the plan of one period only.</summary>
    public async Task<SearchPage> RunAsync(PortalPeriod period, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (query is null)
        {
            return new SearchPage(null, null, []);
        }

        var (words, message) = SearchInput.Parse(query);
        if (message is not null)
        {
            return new SearchPage(query, message, []);
        }

        var hits = new List<SearchHit>();
        hits.AddRange(await PoliciesAsync(period.Id, words, cancellationToken));
        hits.AddRange(await MeasuresAsync(period.Id, words, cancellationToken));
        hits.AddRange(await InitiativesAsync(period.Id, words, cancellationToken));
        hits.AddRange(await IndicatorsAsync(period.Id, words, cancellationToken));
        return new SearchPage(query.Trim(), null, hits);
    }

    private async Task<IEnumerable<SearchHit>> PoliciesAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Policies.AsNoTracking().Where(p => p.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(p => p.Title.Contains(word) || p.ShortName.Contains(word) || (p.Subtitle != null && p.Subtitle.Contains(word)) || p.CurrentIssues.Contains(word));
        }

        var rows = await query.OrderBy(p => p.Number).Take(MaxHitsPerKind)
            .Select(p => new { p.Number, p.ShortName, p.Title, p.Subtitle, p.CurrentIssues })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new SearchHit(
            "政策",
            $"政策{p.Number}「{p.ShortName}」{p.Title}",
            $"/policies/{p.Number}",
            Excerpt(words, p.Title, p.Subtitle, p.CurrentIssues)));
    }

    private async Task<IEnumerable<SearchHit>> MeasuresAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Measures.AsNoTracking().Where(m => m.Policy!.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(m => m.Title.Contains(word) || m.Description.Contains(word));
        }

        var rows = await query.OrderBy(m => m.Number).Take(MaxHitsPerKind)
            .Select(m => new { m.Number, m.Title, m.Description })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new SearchHit("実施施策", $"実施施策{m.Number}　{m.Title}", $"/measures/{m.Number}", Excerpt(words, m.Title, m.Description)));
    }

    private async Task<IEnumerable<SearchHit>> InitiativesAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Initiatives.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(i => i.Name.Contains(word)
                || (i.Content != null && i.Content.Contains(word))
                || (i.Effect != null && i.Effect.Contains(word))
                || (i.Projects != null && i.Projects.Contains(word)));
        }

        var rows = await query.OrderBy(i => i.Measure!.Number).ThenBy(i => i.Kind).ThenBy(i => i.SortOrder).Take(MaxHitsPerKind)
            .Select(i => new { i.Measure!.Number, i.Name, i.Content, i.Effect, i.Projects })
            .ToListAsync(cancellationToken);
        return rows.Select(i => new SearchHit(
            "主要な施策・取り組み",
            $"{i.Name}（実施施策{i.Number}）",
            $"/measures/{i.Number}",
            Excerpt(words, i.Name, i.Content, i.Effect, i.Projects?.Replace('\n', '、'))));
    }

    private async Task<IEnumerable<SearchHit>> IndicatorsAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Indicators.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(i => i.Name.Contains(word) || i.RowName.Contains(word));
        }

        var rows = await query.OrderBy(i => i.Measure!.Number).ThenBy(i => i.SortOrder).Take(MaxHitsPerKind)
            .Select(i => new { i.Measure!.Number, i.Code, i.Name, i.RowName })
            .ToListAsync(cancellationToken);
        return rows.Select(i => new SearchHit(
            "成果指標",
            $"{i.Name}（実施施策{i.Number}）",
            $"/measures/{i.Number}#indicator-{i.Code}",
            Excerpt(words, i.RowName, i.Name)));
    }

    /// <summary>The first field holding the first word, cut to a readable length around it.</summary>
    private static string Excerpt(IReadOnlyList<string> words, params string?[] fields)
    {
        foreach (var field in fields)
        {
            if (field is null)
            {
                continue;
            }

            var flat = field.Replace("\n", " ", StringComparison.Ordinal);
            var at = flat.IndexOf(words[0], StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = Math.Max(0, at - (ExcerptLength / 3));
            var length = Math.Min(ExcerptLength, flat.Length - start);
            return string.Concat(start > 0 ? "…" : string.Empty, flat.AsSpan(start, length), start + length < flat.Length ? "…" : string.Empty);
        }

        var first = fields.FirstOrDefault(f => f is not null) ?? string.Empty;
        return first.Length > ExcerptLength ? first[..ExcerptLength] + "…" : first;
    }
}
