using System.Text.RegularExpressions;
using AsoPlan.Core.Search;
using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests;

/// <summary>Search forgives: kana, width and case are folded in the database query, and a typo gets 「もしかして」.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class SearchFoldingPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Gomi_in_hiragana_katakana_and_half_width_katakana_finds_the_same_items()
    {
        var hiragana = Links(await SearchAsync("ごみ"));
        var katakana = Links(await SearchAsync("ゴミ"));
        var halfWidth = Links(await SearchAsync("ｺﾞﾐ"));

        Assert.NotEmpty(hiragana);
        Assert.Contains(hiragana, l => l.StartsWith("/measures/", StringComparison.Ordinal));
        Assert.Equal(hiragana, katakana);
        Assert.Equal(hiragana, halfWidth);
    }

    [Fact]
    public async Task Full_width_latin_letters_and_case_are_folded()
    {
        Assert.Equal(Links(await SearchAsync("ICT")), Links(await SearchAsync("ｉｃｔ")));
        Assert.NotEmpty(Links(await SearchAsync("ｉｃｔ")));
    }

    [Fact]
    public async Task A_typo_finds_nothing_and_suggests_the_plans_word()
    {
        var html = await SearchAsync("観工");

        Assert.Contains("に一致する情報は見つかりませんでした", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains("もしかして:", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/search?q={Uri.EscapeDataString("観光")}\">観光</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_folded_search_column_is_kept_up_to_date_for_every_plan_item()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();

        var measures = await db.Measures.AsNoTracking().ToListAsync();
        var indicators = await db.Indicators.AsNoTracking().ToListAsync();

        Assert.All(measures, m => Assert.Equal(SearchFolding.Column([.. m.SearchFields()]), m.SearchText));
        Assert.All(indicators, i => Assert.Equal(SearchFolding.Column([.. i.SearchFields()]), i.SearchText));
        // A katakana word of the plan is stored folded to hiragana, which is what lets ごみ find ゴミ.
        Assert.Contains(measures.Concat<ISearchable>(indicators), item => item.SearchFields().Any(f => f?.Contains("インフラ", StringComparison.Ordinal) == true)
            && item.SearchText.Contains("いんふら", StringComparison.Ordinal));
    }

    private Task<string> SearchAsync(string q) => portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));

    private static List<string> Links(string html)
    {
        var results = html.IndexOf("件見つかりました", StringComparison.Ordinal);
        return results < 0 ? [] : [.. ResultLink().Matches(html[results..]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<li>\\s*<a href=\"([^\"]+)\">")]
    private static partial Regex ResultLink();
}
