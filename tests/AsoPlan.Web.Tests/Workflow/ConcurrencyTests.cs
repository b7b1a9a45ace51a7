using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>Two people with the same record open: the second save is stopped, shown both versions, and keeps its input.</summary>
[Collection(WorkflowTests.Name)]
public sealed class ConcurrencyTests(WorkflowPortal portal)
{
    private const int Measure = 5; // まちづくり課: 3 indicators (件, 件, 千円)
    private const string Section = "machizukuri";

    [Fact]
    public async Task Second_save_of_a_stale_form_shows_both_versions_keeps_the_input_and_overwrites_only_when_resent()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var alice = await portal.StaffAsync(Section);
        using var bob = await portal.StaffAsync(Section);
        await SaveAsync(alice, await Form(alice), "Aの最初の下書き", "5");

        // Both open the same draft.
        var aliceForm = await Form(alice);
        var bobForm = await Form(bob);
        Assert.Equal(HtmlForm.Value(StaffEntryTests.Fields(aliceForm), "Form.Version"), HtmlForm.Value(StaffEntryTests.Fields(bobForm), "Form.Version"));

        await SaveAsync(alice, aliceForm, "Aが先に保存した実績", "7");
        using var conflict = await PostAsync(bob, bobForm, "Bがあとから保存しようとした実績", "9");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await conflict.BodyAsync();
        Assert.Contains("ほかの人が先にこの記録を変更しました", page, StringComparison.Ordinal);
        Assert.Contains($"{alice.Email}さんが", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">Aが先に保存した実績</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">Bがあとから保存しようとした実績</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">7件</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">9件</td>", page, StringComparison.Ordinal);
        var kept = StaffEntryTests.Fields(page);
        Assert.Equal("Bがあとから保存しようとした実績", HtmlForm.Value(kept, "Form.DoText"));
        Assert.Equal("9", HtmlForm.Value(kept, "Form.Values[0].Value"));
        var stored = await portal.RecordAsync(Measure, 2021);
        Assert.Equal("Aが先に保存した実績", stored!.DoText);
        Assert.Equal(7m, stored.Values.Single(v => v.Indicator!.Code == "M05-I01").Value);

        // Having seen Alice's version, Bob saves again on purpose.
        using (var resend = await bob.Client.PostWithTokenAsync("/staff/records/5/2021/save", StaffEntryTests.Token(page), kept))
        {
            Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        }

        Assert.Equal("Bがあとから保存しようとした実績", (await portal.RecordAsync(Measure, 2021))!.DoText);
    }

    [Fact]
    public async Task Two_first_saves_of_a_record_not_yet_created_do_not_both_win()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var alice = await portal.StaffAsync(Section);
        using var bob = await portal.StaffAsync(Section);
        var aliceForm = await Form(alice, 2022);
        var bobForm = await Form(bob, 2022);

        await SaveAsync(alice, aliceForm, "Aが作成", "1", 2022);
        using var conflict = await PostAsync(bob, bobForm, "Bも作成", "2", 2022);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Aが作成", (await portal.RecordAsync(Measure, 2022))!.DoText);
    }

    [Fact]
    public async Task Submitting_a_stale_form_is_a_conflict_too()
    {
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var alice = await portal.StaffAsync(Section);
        await SaveAsync(alice, await Form(alice, 2023), "最初", "1", 2023);
        var stale = await Form(alice, 2023);
        await SaveAsync(alice, await Form(alice, 2023), "別のタブで更新", "2", 2023);

        var fields = StaffEntryTests.Complete(StaffEntryTests.Fields(stale), indicators: 3).With("next", "confirm");
        using var response = await alice.Client.PostWithTokenAsync("/staff/records/5/2023/save", StaffEntryTests.Token(stale), fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var record = await portal.RecordAsync(Measure, 2023);
        Assert.Equal(Core.Workflow.RecordState.Draft, record!.State);
        Assert.Equal("別のタブで更新", record.DoText);
    }

    private static Task<string> Form(SignedIn staff, int year = 2021) => StaffEntryTests.FormAsync(staff, year, Measure);

    private static Task<HttpResponseMessage> PostAsync(SignedIn staff, string form, string doText, string firstValue, int year = 2021) =>
        staff.Client.PostWithTokenAsync($"/staff/records/{Measure}/{year}/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.DoText", doText)
            .With("Form.Values[0].Value", firstValue));

    private static async Task SaveAsync(SignedIn staff, string form, string doText, string firstValue, int year = 2021)
    {
        using var response = await PostAsync(staff, form, doText, firstValue, year);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
