using System.Net;
using System.Text.Json;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Voice;

/// <summary>
/// An opinion through its states, as the people concerned do it (form posts with their tokens), and what the public
/// sees at each step: the measure page, /opinions, the feed, opinions.csv and opinions.json show it only once published.
/// </summary>
public sealed class OpinionModerationTests(VoicePortal portal) : IClassFixture<VoicePortal>
{
    private const string OwningSection = "kensetsu"; // 実施施策13

    [Fact]
    public async Task An_opinion_is_public_only_after_the_planning_office_publishes_the_sections_reply()
    {
        var marker = Guid.NewGuid().ToString("N");
        var reply = $"歩道の拡幅は令和9年度から順次進めます。{marker}-reply";
        using var citizen = portal.Citizen();
        await SendAsync(citizen, $"通学路の歩道を広げてください。{marker}", consent: true, name: "阿蘇 一郎");
        var opinion = Assert.Single(await portal.OpinionsWithAsync(marker));
        await AssertNotPublicAsync(citizen, marker);

        var (_, planning) = await portal.PlanningAsync();
        var queue = await planning.GetPageAsync("/planning/opinions");
        Assert.Contains(opinion.Receipt, queue, StringComparison.Ordinal);
        var detail = await planning.GetPageAsync($"/planning/opinions/{opinion.Id}");
        Assert.Contains("阿蘇 一郎", detail, StringComparison.Ordinal); // the planning office sees the name

        var (staffEmail, staff) = await portal.StaffAsync(OwningSection, Roles.SectionStaff);
        var (_, otherStaff) = await portal.StaffAsync("kyoiku", Roles.SectionStaff);
        await staff.GetPageAsync($"/staff/opinions/{opinion.Id}", HttpStatusCode.Forbidden); // not assigned yet

        var sectionId = await portal.WithDbAsync(db => db.Sections.Where(s => s.Code == OwningSection).Select(s => s.Id).SingleAsync());
        await StepAsync(planning, $"/planning/opinions/{opinion.Id}", "assign", [new("section", sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(OpinionState.Assigned, (await Reload(opinion)).State);
        var mail = Assert.Single(portal.Mail.Sent, m => m.To.Any(t => t.Address == staffEmail) && m.Body.Contains(opinion.Receipt, StringComparison.Ordinal));
        Assert.Contains($"staff/opinions/{opinion.Id}", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, mail.Body, StringComparison.Ordinal); // no opinion text in the mail
        await AssertNotPublicAsync(citizen, marker);

        var staffList = await staff.GetPageAsync("/staff/opinions");
        Assert.Contains(opinion.Receipt, staffList, StringComparison.Ordinal);
        var staffPage = await staff.GetPageAsync($"/staff/opinions/{opinion.Id}");
        Assert.Contains(marker, staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("阿蘇 一郎", staffPage, StringComparison.Ordinal); // the name stays with the planning office
        Assert.DoesNotContain(opinion.Receipt, await otherStaff.GetPageAsync("/staff/opinions"), StringComparison.Ordinal);
        await otherStaff.GetPageAsync($"/staff/opinions/{opinion.Id}", HttpStatusCode.Forbidden);

        await StepAsync(staff, $"/staff/opinions/{opinion.Id}", "reply", [new("reply", reply)]);
        Assert.Equal(OpinionState.Replied, (await Reload(opinion)).State);
        await AssertNotPublicAsync(citizen, marker);

        await StepAsync(planning, $"/planning/opinions/{opinion.Id}", "publish", []);
        Assert.Equal(OpinionState.Published, (await Reload(opinion)).State);

        var measurePage = await citizen.GetPageAsync("/measures/13");
        Assert.Contains(marker, measurePage, StringComparison.Ordinal);
        Assert.Contains(reply, measurePage, StringComparison.Ordinal);
        Assert.Contains(marker, await citizen.GetPageAsync("/opinions"), StringComparison.Ordinal);
        var policy = await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == 13 && m.Policy!.PlanPeriod!.IsCurrent).Select(m => m.Policy!.Number).SingleAsync());
        Assert.Contains(marker, await citizen.GetPageAsync($"/opinions?policy={policy}"), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await citizen.GetPageAsync($"/opinions?policy={(policy == 1 ? 2 : 1)}"), StringComparison.Ordinal);
        Assert.Contains(reply, await citizen.GetPageAsync("/opinions/feed.atom"), StringComparison.Ordinal);

        var csvBytes = await citizen.GetByteArrayAsync(new Uri("/opendata/opinions.csv", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var rows = Csv.Rows(System.Text.Encoding.UTF8.GetString(csvBytes[3..]));
        var row = Assert.Single(rows, r => r["ご意見"].Contains(marker, StringComparison.Ordinal));
        Assert.Equal(reply, row["市の考え方"]);
        Assert.Equal("13", row["実施施策番号"]);
        var json = await citizen.GetStringAsync(new Uri("/opendata/opinions.json", UriKind.Relative));
        Assert.Contains(reply, JsonDocument.Parse(json).RootElement.GetProperty("opinions").EnumerateArray().Select(o => o.GetProperty("reply").GetString()));

        // The measure page's published opinions (the form below them offers the age groups and districts as choices).
        var shown = measurePage[measurePage.IndexOf("id=\"opinions\"", StringComparison.Ordinal)..measurePage.IndexOf("id=\"opinion-form\"", StringComparison.Ordinal)];
        Assert.Contains(marker, shown, StringComparison.Ordinal);
        foreach (var published in new[] { shown, System.Text.Encoding.UTF8.GetString(csvBytes), json, await citizen.GetPageAsync("/opinions/feed.atom") })
        {
            Assert.DoesNotContain("阿蘇 一郎", published, StringComparison.Ordinal);
            Assert.DoesNotContain(opinion.Receipt, published, StringComparison.Ordinal);
            Assert.DoesNotContain("40歳代", published, StringComparison.Ordinal);
            Assert.DoesNotContain("波野地区", published, StringComparison.Ordinal);
        }

        await StepAsync(planning, $"/planning/opinions/{opinion.Id}", "withhold", [new("reason", ((int)NotPublishedReason.PersonalInformation).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(OpinionState.NotPublished, (await Reload(opinion)).State);
        await AssertNotPublicAsync(citizen, marker);
    }

    [Fact]
    public async Task An_opinion_without_consent_cannot_be_published()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var citizen = portal.Citizen();
        await SendAsync(citizen, $"同意なし {marker}", consent: false);
        var opinion = Assert.Single(await portal.OpinionsWithAsync(marker));
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Opinions.SingleAsync(o => o.Id == opinion.Id);
            stored.State = OpinionState.Replied;
            stored.ReplyText = "回答";
            stored.AssignedSectionId = await db.Sections.Where(s => s.Code == OwningSection).Select(s => s.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
        var (_, planning) = await portal.PlanningAsync();

        var page = await planning.GetPageAsync($"/planning/opinions/{opinion.Id}");
        Assert.DoesNotContain("/publish\"", page, StringComparison.Ordinal);
        var version = (await Reload(opinion)).Version.ToString();
        using var refused = await planning.PostWithTokenAsync($"/planning/opinions/{opinion.Id}/publish", FormPosting.AntiforgeryToken(page), [new("version", version)]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(OpinionState.Replied, (await Reload(opinion)).State);
    }

    [Fact]
    public async Task Deletion_on_request_erases_text_reply_and_sender_details_and_the_audit_trail_holds_none_of_them()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var citizen = portal.Citizen();
        await SendAsync(citizen, $"削除を依頼する意見 {marker}", consent: true, name: "消去 花子");
        var opinion = Assert.Single(await portal.OpinionsWithAsync(marker));
        var (_, planning) = await portal.PlanningAsync();

        var refusedPage = await planning.GetPageAsync($"/planning/opinions/{opinion.Id}");
        using var refused = await planning.PostWithTokenAsync($"/planning/opinions/{opinion.Id}/delete", FormPosting.AntiforgeryToken(refusedPage), [new("version", opinion.Version.ToString()), new("request", "")]);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("削除の依頼の内容を入力してください。", await refused.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(OpinionState.New, (await Reload(opinion)).State);

        await StepAsync(planning, $"/planning/opinions/{opinion.Id}", "delete", [new("request", "電話で受付番号と内容を確認")]);

        var deleted = await Reload(opinion);
        Assert.Equal(OpinionState.Deleted, deleted.State);
        Assert.Equal((null, null, null, null, null), (deleted.Text, deleted.SenderName, deleted.AgeGroup, deleted.District, deleted.Fingerprint));
        var trail = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityKey == opinion.Receipt).ToListAsync());
        Assert.Contains(trail, a => a.Action == OpinionActions.Delete);
        Assert.All(trail, a => Assert.DoesNotContain(marker, (a.Before ?? "") + (a.After ?? ""), StringComparison.Ordinal));
        Assert.All(trail, a => Assert.DoesNotContain("消去 花子", (a.Before ?? "") + (a.After ?? ""), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_queue_filters_by_state_and_names_an_unknown_state()
    {
        var (_, planning) = await portal.PlanningAsync();

        var unknown = await planning.GetPageAsync("/planning/opinions?state=bogus");
        Assert.Contains("状態「bogus」は選べません。", unknown, StringComparison.Ordinal);
        var published = await planning.GetPageAsync("/planning/opinions?state=published&measure=13");
        Assert.Contains("<option value=\"published\" selected=\"selected\">", published, StringComparison.Ordinal);
        Assert.Contains("<option value=\"13\" selected=\"selected\">", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_data_page_lists_the_opinion_files_and_describes_every_column()
    {
        using var citizen = portal.Citizen();
        var page = await citizen.GetPageAsync("/opendata");

        Assert.Contains("href=\"/opendata/opinions.csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/opendata/opinions.json\"", page, StringComparison.Ordinal);
        var header = Csv.Records(System.Text.Encoding.UTF8.GetString(await citizen.GetByteArrayAsync(new Uri("/opendata/opinions.csv", UriKind.Relative))).TrimStart('\uFEFF'))[0];
        Assert.Equal(9, header.Count);
        Assert.All(header, column => Assert.Contains($"<th scope=\"row\">{column}</th>", page, StringComparison.Ordinal));
    }

    private static async Task AssertNotPublicAsync(HttpClient citizen, string marker)
    {
        Assert.DoesNotContain(marker, await citizen.GetPageAsync("/measures/13"), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await citizen.GetPageAsync("/opinions"), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await citizen.GetPageAsync("/opinions/feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await citizen.GetStringAsync(new Uri("/opendata/opinions.csv", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await citizen.GetStringAsync(new Uri("/opendata/opinions.json", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task SendAsync(HttpClient citizen, string text, bool consent, string? name = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Text", text), new("AgeGroup", "40s"), new("District", "namino"), new("Name", name ?? "") };
        if (consent)
        {
            fields.Add(new("Consent", "true"));
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await citizen.PostAsync(new Uri("/measures/13/opinions", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts one step's form from the opinion's page, with the page's version, and expects the redirect back.</summary>
    private static async Task StepAsync(HttpClient client, string page, string step, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await client.SubmitFormKeepingAsync(page, $"{page}/{step}", fields, "version");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: {(int)response.StatusCode}\n{Html.Text(await response.BodyAsync())}");
    }

    private Task<Opinion> Reload(Opinion opinion) => portal.WithDbAsync(db => db.Opinions.AsNoTracking().SingleAsync(o => o.Id == opinion.Id));
}
