using AsoPlan.Core.Search;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// Partial-match search over policies, measures, initiatives (with their projects) and indicator names. Words are
/// folded (<see cref="SearchFolding"/>) and matched in the database against each item's stored folded search column;
/// when nothing matches, the plan's closest terms are suggested.
/// </summary>
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

        var (typed, message) = SearchInput.Parse(query);
        if (message is not null)
        {
            return new SearchPage(query, message, []);
        }

        // Matched against the stored folded columns: ごみ, ゴミ and ｺﾞﾐ are one word, in the database's own query.
        var words = typed.Select(SearchFolding.Fold).Where(w => w.Length > 0).Distinct().ToList();
        if (words.Count == 0)
        {
            return new SearchPage(query.Trim(), null, []);
        }

        var hits = new List<SearchHit>();
        hits.AddRange(await PoliciesAsync(period.Id, words, cancellationToken));
        hits.AddRange(await MeasuresAsync(period.Id, words, cancellationToken));
        hits.AddRange(await InitiativesAsync(period.Id, words, cancellationToken));
        hits.AddRange(await IndicatorsAsync(period.Id, words, cancellationToken));
        var suggestions = hits.Count == 0 ? await SuggestAsync(period.Id, typed, cancellationToken) : [];
        return new SearchPage(query.Trim(), null, hits, suggestions);
    }

    /// <summary>「もしかして」: for each word, the plan's closest terms; as whole queries with that word replaced.</summary>
    private async Task<IReadOnlyList<string>> SuggestAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var texts = new List<string?>();
        texts.AddRange((await db.Policies.AsNoTracking().Where(p => p.PlanPeriodId == periodId)
            .Select(p => new { p.Title, p.ShortName, p.Subtitle, p.CurrentIssues }).ToListAsync(cancellationToken))
            .SelectMany(p => new[] { p.Title, p.ShortName, p.Subtitle, p.CurrentIssues }));
        texts.AddRange((await db.Measures.AsNoTracking().Where(m => m.Policy!.PlanPeriodId == periodId)
            .Select(m => new { m.Title, m.Description }).ToListAsync(cancellationToken))
            .SelectMany(m => new[] { m.Title, m.Description }));
        texts.AddRange((await db.Initiatives.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == periodId)
            .Select(i => new { i.Name, i.Content, i.Effect }).ToListAsync(cancellationToken))
            .SelectMany(i => new[] { i.Name, i.Content, i.Effect }));
        texts.AddRange(await db.Projects.AsNoTracking().Where(p => p.Measure!.Policy!.PlanPeriodId == periodId)
            .Select(p => p.Name).ToListAsync(cancellationToken));
        texts.AddRange((await db.Indicators.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == periodId)
            .Select(i => new { i.Name, i.RowName }).ToListAsync(cancellationToken))
            .SelectMany(i => new[] { i.Name, i.RowName }));
        return [.. words
            .SelectMany(word => TermSuggestions.For(word, texts).Select(term => string.Join(' ', words.Select(w => w == word ? term : w))))
            .Distinct()
            .Take(TermSuggestions.MaxSuggestions)];
    }

    private async Task<IEnumerable<SearchHit>> PoliciesAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Policies.AsNoTracking().Where(p => p.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(p => p.SearchText.Contains(word));
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
            query = query.Where(m => m.SearchText.Contains(word));
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
            // A word may be in the initiative's own texts or in the name of one of its projects (事務事業).
            query = query.Where(i => i.SearchText.Contains(word) || i.Projects.Any(p => p.SearchText.Contains(word)));
        }

        var rows = await query.OrderBy(i => i.Measure!.Number).ThenBy(i => i.Kind).ThenBy(i => i.SortOrder).Take(MaxHitsPerKind)
            .Select(i => new { i.Measure!.Number, i.Name, i.Content, i.Effect, Projects = i.Projects.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList() })
            .ToListAsync(cancellationToken);
        return rows.Select(i => new SearchHit(
            "主要な施策・取り組み",
            $"{i.Name}（実施施策{i.Number}）",
            $"/measures/{i.Number}",
            Excerpt(words, i.Name, i.Content, i.Effect, i.Projects.Count == 0 ? null : string.Join('、', i.Projects))));
    }

    private async Task<IEnumerable<SearchHit>> IndicatorsAsync(int periodId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var query = db.Indicators.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == periodId);
        foreach (var word in words)
        {
            query = query.Where(i => i.SearchText.Contains(word));
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
            if (SearchFolding.Find(flat, words[0]) is not { } found)
            {
                continue;
            }

            var at = found.Start;

            var start = Math.Max(0, at - (ExcerptLength / 3));
            var length = Math.Min(ExcerptLength, flat.Length - start);
            return string.Concat(start > 0 ? "…" : string.Empty, flat.AsSpan(start, length), start + length < flat.Length ? "…" : string.Empty);
        }

        var first = fields.FirstOrDefault(f => f is not null) ?? string.Empty;
        return first.Length > ExcerptLength ? first[..ExcerptLength] + "…" : first;
    }
}
