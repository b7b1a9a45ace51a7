using System.Net;
using System.Text.Json;
using AsoPlan.Core.Audit;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>Every change made through the pages leaves an audit entry: who, what, before and after.</summary>
[Collection(WorkflowTests.Name)]
public sealed class AuditTests(WorkflowPortal portal)
{
    private const int Measure = 14; // 住環境課: 5 indicators (施設, %, %, %, 戸)

    [Fact]
    public async Task Saving_values_and_text_records_before_and_after()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync("jukankyo");
        var form = await StaffEntryTests.FormAsync(staff, 2021, Measure);
        await PostOkAsync(staff, form, StaffEntryTests.Fields(form).With("Form.Values[1].Value", "98.30").With("Form.DoText", "最初の実績"));
        form = await StaffEntryTests.FormAsync(staff, 2021, Measure);
        await PostOkAsync(staff, form, StaffEntryTests.Fields(form).With("Form.Values[1].Value", "99.10").With("Form.DoText", "直した実績"));

        var entries = await EntriesAsync("PdcaRecord", "M14/2021");

        Assert.Equal(["record.save", "record.save"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(staff.Email, e.Actor));
        Assert.Null(entries[0].Before);
        Assert.Equal("最初の実績", Field(entries[0].After, "DoText"));
        Assert.Equal(98.30m, Value(entries[0].After, "M14-I02"));
        Assert.Equal("最初の実績", Field(entries[1].Before, "DoText"));
        Assert.Equal("直した実績", Field(entries[1].After, "DoText"));
        Assert.Equal(98.30m, Value(entries[1].Before, "M14-I02"));
        Assert.Equal(99.10m, Value(entries[1].After, "M14-I02"));
    }

    [Fact]
    public async Task Submit_return_resubmit_and_approve_each_record_the_state_change_and_who()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var staff = await portal.StaffAsync("jukankyo");
        using var planning = await portal.PlanningAsync();
        await Journeys.SubmitAsync(staff, Measure, 2022, "3", "90", "91", "92", "40");
        using (var returned = await Journeys.ReturnAsync(planning, Measure, 2022, "戸数の出典を書いてください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        await Journeys.SubmitAsync(staff, Measure, 2022, "3", "90", "91", "92", "41");
        using (var approved = await Journeys.ApproveAsync(planning, Measure, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var entries = await EntriesAsync("PdcaRecord", "M14/2022");

        // 「提出内容の確認へ」 saves what the confirmation page shows (record.save), 「この内容で提出する」 submits it
        Assert.Equal(["record.save", "record.submit", "record.return", "record.save", "record.submit", "record.approve"], entries.Select(e => e.Action));
        Assert.Equal([staff.Email, staff.Email, planning.Email, staff.Email, staff.Email, planning.Email], entries.Select(e => e.Actor));
        Assert.Equal(("Draft", "Submitted"), (Field(entries[1].Before, "State"), Field(entries[1].After, "State")));
        Assert.Equal(("Submitted", "Returned"), (Field(entries[2].Before, "State"), Field(entries[2].After, "State")));
        Assert.Equal("戸数の出典を書いてください。", Field(entries[2].After, "ReviewComment"));
        Assert.Equal(("Returned", "Draft"), (Field(entries[3].Before, "State"), Field(entries[3].After, "State")));
        Assert.Equal((40m, 41m), (Value(entries[3].Before, "M14-I05"), Value(entries[3].After, "M14-I05")));
        Assert.Equal(("Draft", "Submitted"), (Field(entries[4].Before, "State"), Field(entries[4].After, "State")));
        Assert.Equal(("Submitted", "Approved"), (Field(entries[5].Before, "State"), Field(entries[5].After, "State")));
    }

    [Fact]
    public async Task Opening_and_closing_a_window_records_who_and_the_change()
    {
        await portal.SetWindowAsync(2024, open: false);
        using var planning = await portal.PlanningAsync();
        var before = (await EntriesAsync("EntryWindow", "2024")).Count;
        var page = await planning.Client.GetPageAsync("/planning/windows");
        foreach (var (open, deadline) in new[] { ("true", "2099-06-30"), ("false", "") })
        {
            using var response = await planning.Client.PostWithTokenAsync("/planning/windows/2024", HtmlForm.Token(page, "/planning/windows/2024"), [new("open", open), new("deadline", deadline)]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var entries = (await EntriesAsync("EntryWindow", "2024")).Skip(before).ToList();

        Assert.Equal(["window.open", "window.close"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(planning.Email, e.Actor));
        Assert.Equal("false", Field(entries[0].Before, "IsOpen"));
        Assert.Equal(("true", "2099-06-30"), (Field(entries[0].After, "IsOpen"), Field(entries[0].After, "Deadline")));
        Assert.Equal(("true", "false"), (Field(entries[1].Before, "IsOpen"), Field(entries[1].After, "IsOpen")));
    }

    private static async Task PostOkAsync(SignedIn staff, string form, List<KeyValuePair<string, string>> fields)
    {
        using var response = await staff.Client.PostWithTokenAsync($"/staff/records/{Measure}/2021/save", StaffEntryTests.Token(form), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<List<AuditEntry>> EntriesAsync(string type, string key) =>
        portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync());

    private static string? Field(string? json, string name)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }

    private static decimal? Value(string? json, string indicatorCode)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("Values").EnumerateArray().Single(v => v.GetProperty("Indicator").GetString() == indicatorCode);
        return row.GetProperty("Value").ValueKind == JsonValueKind.Null ? null : row.GetProperty("Value").GetDecimal();
    }
}
