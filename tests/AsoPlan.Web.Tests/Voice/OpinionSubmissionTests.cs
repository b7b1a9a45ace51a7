using System.Net;
using AsoPlan.Core.Voice;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Voice;

/// <summary>What a citizen may send on a measure page, what they are told, and what is stored (nothing while there is a problem).</summary>
public sealed class OpinionSubmissionTests(VoicePortal portal) : IClassFixture<VoicePortal>
{
    private const string Form = "/measures/13/opinions";

    public static TheoryData<string, string, string> Refused => new()
    {
        { "empty", "", "ご意見を入力してください。" },
        { "symbols", "。。！！ 😀 ", "ご意見の内容を入力してください（記号や空白だけでは送信できません）。" },
        { "too long", new string('あ', 2001), "ご意見は2,000文字以内で入力してください（現在2,001文字）。" },
        { "links", "https://a.example/ と https://b.example/ と www.c.example", "ご意見に含められるURL（リンク）は2件までです（現在3件）。" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_text_is_named_beside_the_field_kept_in_the_form_and_nothing_is_stored(string name, string text, string message)
    {
        Assert.NotNull(name);
        using var citizen = portal.Citizen();
        var before = await portal.WithDbAsync(db => db.Opinions.CountAsync());

        using var response = await Post(citizen, [new("Text", text), new("District", "namino"), new("Consent", "true")]);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("id=\"opinion-Text-error\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"namino\" selected=\"selected\">", page, StringComparison.Ordinal); // the choices stay
        Assert.Equal(before, await portal.WithDbAsync(db => db.Opinions.CountAsync()));
    }

    [Fact]
    public async Task A_filled_trap_field_refuses_the_post_but_keeps_the_text_and_empties_the_trap()
    {
        using var citizen = portal.Citizen();
        var marker = Guid.NewGuid().ToString("N");

        using var response = await Post(citizen, [new("Text", $"公園を増やしてほしい {marker}"), new("Homepage", "http://spam.example/")]);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains(OpinionSubmissionRules.TrapMessage, page, StringComparison.Ordinal);
        Assert.Contains(marker, page, StringComparison.Ordinal);
        Assert.Contains("name=\"Homepage\" value=\"\"", page, StringComparison.Ordinal);
        Assert.Empty(await portal.OpinionsWithAsync(marker));
    }

    [Fact]
    public async Task A_choice_that_is_not_in_the_list_is_refused()
    {
        using var citizen = portal.Citizen();
        var marker = Guid.NewGuid().ToString("N");

        using var response = await Post(citizen, [new("Text", $"意見 {marker}"), new("District", "tokyo"), new("AgeGroup", "200s")]);

        var page = await response.BodyAsync();
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("お住まいの地区は一覧から選んでください。", page, StringComparison.Ordinal);
        Assert.Contains("年代は一覧から選んでください。", page, StringComparison.Ordinal);
        Assert.Empty(await portal.OpinionsWithAsync(marker));
    }

    [Fact]
    public async Task An_accepted_opinion_is_stored_as_new_the_thank_you_page_gives_its_receipt_and_the_audit_keeps_no_text_or_name()
    {
        using var citizen = portal.Citizen();
        var marker = Guid.NewGuid().ToString("N");

        using var response = await Post(citizen, [new("Text", $"通学路の歩道を広げてください。{marker}"), new("AgeGroup", "40s"), new("District", "ichinomiya"), new("Name", "阿蘇 太郎"), new("Consent", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/opinions/sent", response.Headers.Location?.OriginalString);
        var stored = Assert.Single(await portal.OpinionsWithAsync(marker));
        Assert.Equal(OpinionState.New, stored.State);
        Assert.Equal(("40s", "ichinomiya", "阿蘇 太郎", true), (stored.AgeGroup, stored.District, stored.SenderName, stored.ConsentToPublish));
        Assert.Null(stored.DuplicateOfId);

        var thanks = await citizen.GetPageAsync("/opinions/sent");
        Assert.Contains(stored.Receipt, thanks, StringComparison.Ordinal);
        Assert.Contains("市の考え方とあわせて施策のページ", thanks, StringComparison.Ordinal);
        Assert.Contains("受付番号を添えて、政策防災課", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.Receipt, await citizen.GetPageAsync("/opinions/sent"), StringComparison.Ordinal); // shown once

        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityKey == stored.Receipt).ToListAsync());
        var submit = Assert.Single(audit);
        Assert.Equal(OpinionActions.Submit, submit.Action);
        Assert.DoesNotContain(marker, submit.After ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("阿蘇 太郎", submit.After ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_the_thank_you_page_says_it_will_not_be_published()
    {
        using var citizen = portal.Citizen();
        using var response = await Post(citizen, [new("Text", $"同意なしの意見 {Guid.NewGuid():N}")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var thanks = await citizen.GetPageAsync("/opinions/sent");
        Assert.Contains("公表に同意いただいていないため、ご意見は掲載しません。", thanks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_again_within_30_days_is_stored_and_marked_as_a_duplicate_of_the_first()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var first = portal.Citizen();
        using var second = portal.Citizen();

        using var a = await Post(first, [new("Text", $"バスの本数を増やしてください。{marker}")]);
        using var b = await Post(second, [new("Text", $"バスの本数を増やしてください！ {marker}")]);

        Assert.Equal(HttpStatusCode.Redirect, b.StatusCode);
        var stored = await portal.OpinionsWithAsync(marker);
        Assert.Equal(2, stored.Count);
        Assert.Null(stored[0].DuplicateOfId);
        Assert.Equal(stored[0].Id, stored[1].DuplicateOfId);
    }

    [Fact]
    public async Task Flooding_from_one_address_gets_a_Japanese_429_page_and_nothing_more_is_stored_while_another_sender_gets_through()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var flooder = portal.Citizen();
        for (var i = 1; i <= VoicePortal.PerMinute; i++)
        {
            using var accepted = await Post(flooder, [new("Text", $"連投 {i} {marker}")]);
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var refused = await Post(flooder, [new("Text", $"連投 over {marker}")]);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.BodyAsync();
        Assert.Contains("ただいまご意見を受け付けられません", page, StringComparison.Ordinal);
        Assert.Contains("このご意見は受け付けていません", page, StringComparison.Ordinal);
        Assert.Equal(VoicePortal.PerMinute, (await portal.OpinionsWithAsync(marker)).Count);

        using var neighbour = portal.Citizen();
        using var other = await Post(neighbour, [new("Text", $"別の家から {marker}")]);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(VoicePortal.PerMinute + 1, (await portal.OpinionsWithAsync(marker)).Count);

        using var reading = await flooder.GetAsync(new Uri("/measures/13", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode); // reading is not limited
    }

    [Fact]
    public async Task The_measure_page_has_the_form_without_JavaScript_and_a_past_period_measure_takes_no_opinions()
    {
        using var citizen = portal.Citizen();
        var page = await citizen.GetPageAsync("/measures/13");

        Assert.Contains("action=\"/measures/13/opinions\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Text\"", page, StringComparison.Ordinal);
        Assert.Contains("お名前（任意・公表しません）", page, StringComparison.Ordinal);
        Assert.Contains("公表したご意見はまだありません。", page, StringComparison.Ordinal);

        using var missing = await Post(citizen, [new("Text", "ない施策へ")], "/measures/999/opinions");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string path = Form)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
