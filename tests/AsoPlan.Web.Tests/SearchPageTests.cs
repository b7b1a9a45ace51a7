using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests;

[Collection(SharedPortal.Name)]
public sealed class SearchPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Search_finds_an_indicator_by_a_word_from_its_name()
    {
        var html = await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("宿泊者"));

        Assert.Equal("「宿泊者」の検索結果 | 第2次阿蘇市総合計画", Html.Title(html));
        Assert.Contains("href=\"/measures/4#indicator-M04-I02\"", html, StringComparison.Ordinal);
        Assert.Contains("年間外国人宿泊者数", Html.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_measures_initiatives_and_projects()
    {
        var byTitle = await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("耐震化"));
        var byProject = await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("橋梁点検"));

        Assert.Contains("href=\"/measures/13\"", byTitle, StringComparison.Ordinal);
        Assert.Contains("実施施策13", Html.Text(byProject), StringComparison.Ordinal);
        Assert.Contains("道路施設等の長寿命化", Html.Text(byProject), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_words_must_all_appear()
    {
        var html = await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("公共交通　乗合タクシー"));
        var text = Html.Text(html);

        Assert.Contains("公共交通利用者数（乗合タクシー）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("公共交通利用者数（路線バス）（実施施策18）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_results_says_so()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("存在しない語ぬゑ")));

        Assert.Contains("「存在しない語ぬゑ」に一致する情報は見つかりませんでした。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=", "検索語を入力してください。")]
    [InlineData("/search?q=%20%E3%80%80", "検索語を入力してください。")]
    [InlineData("/search?q=%00abc", "検索語に使えない文字が含まれています。")]
    [InlineData("/search?q=a+b+c+d+e+f", "検索語は5語以内で入力してください。")]
    public async Task Bad_search_input_gets_a_Japanese_message_not_an_error(string url, string message)
    {
        var text = Html.Text(await portal.Client.GetPageAsync(url));

        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("件見つかりました", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_search_gets_a_Japanese_message()
    {
        var text = Html.Text(await portal.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString(new string('阿', 51))));

        Assert.Contains("検索語は50文字以内で入力してください（入力された文字数: 51文字）。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_without_a_query_shows_only_the_form()
    {
        var html = await portal.Client.GetPageAsync("/search");

        Assert.Equal("サイト内検索 | 第2次阿蘇市総合計画", Html.Title(html));
        Assert.Contains("<label for=\"q\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
    }
}
