namespace AsoPlan.Web.Features.Portal;

/// <summary>The search form's state: what was typed, a message for bad input, and the hits.</summary>
public sealed record SearchPage(string? Query, string? Message, IReadOnlyList<SearchHit> Hits, IReadOnlyList<string>? Suggestions = null)
{
    public bool Searched => Query is not null && Message is null;
}

/// <summary>A found item: what kind it is (政策, 実施施策, 主要な施策, 成果指標), where it lives, and the text around the match.</summary>
public sealed record SearchHit(string Kind, string Title, string Href, string Excerpt);
