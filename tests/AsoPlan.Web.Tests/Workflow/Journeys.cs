using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>The workflow steps as a person takes them, through the real pages.</summary>
public static class Journeys
{
    /// <summary>Staff fill in every indicator (<paramref name="values"/> in plan order) and the PDCA text, and submit.</summary>
    public static async Task SubmitAsync(SignedIn staff, int measure, int year, params string[] values)
    {
        var form = await staff.Client.GetPageAsync($"/staff/records/{measure}/{year}");
        var fields = StaffEntryTests.Fields(form)
            .With("Form.DoText", "研修と広報を実施した。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "概ね計画どおり。")
            .With("Form.ActionText", "来年度も継続する。");
        for (var i = 0; i < values.Length; i++)
        {
            fields = fields.With($"Form.Values[{i}].Value", values[i]);
        }

        await SaveAndSubmitAsync(staff.Client, measure, year, StaffEntryTests.Token(form), fields);
    }

    /// <summary>
    /// 提出 as a person does it: 「提出内容の確認へ」 saves the form and leads to the confirmation page, whose
    /// 「この内容で提出する」 submits what it shows.
    /// </summary>
    public static async Task SaveAndSubmitAsync(HttpClient client, int measure, int year, string token, List<KeyValuePair<string, string>> fields)
    {
        var url = $"/staff/records/{measure}/{year}";
        using (var saved = await client.PostWithTokenAsync(url + "/save", token, fields.With("next", "confirm")))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"save for submission {measure}/{year}: {(int)saved.StatusCode}\n{Html.Text(await saved.BodyAsync())}");
            Assert.Equal(url + "/submit", saved.Headers.Location?.OriginalString);
        }

        using var response = await ConfirmSubmitAsync(client, measure, year);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit {measure}/{year}: {(int)response.StatusCode}\n{Html.Text(await response.BodyAsync())}");
    }

    /// <summary>Opens the confirmation page and presses 「この内容で提出する」.</summary>
    public static async Task<HttpResponseMessage> ConfirmSubmitAsync(HttpClient client, int measure, int year)
    {
        var action = $"/staff/records/{measure}/{year}/submit";
        var page = await client.GetPageAsync(action);
        return await client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action));
    }

    /// <summary>
    /// Staff enter one line per indicator in plan order — a number as typed, or 「未確定:理由」 for a value not yet
    /// available — with the PDCA text, and submit.
    /// </summary>
    public static async Task SubmitEntriesAsync(SignedIn staff, int measure, int year, params string[] entries)
    {
        var url = $"/staff/records/{measure}/{year}";
        var form = await staff.Client.GetPageAsync(url);
        var fields = HtmlForm.Fields(form, url + "/")
            .With("Form.DoText", $"実施施策{measure}の取組を実施した。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "おおむね計画どおり。")
            .With("Form.ActionText", "来年度も継続する。");
        for (var i = 0; i < entries.Length; i++)
        {
            fields = entries[i].StartsWith(NotAvailable, StringComparison.Ordinal)
                ? fields.With($"Form.Values[{i}].Value", "").With($"Form.Values[{i}].NotAvailable", "true").With($"Form.Values[{i}].NotAvailableReason", entries[i][NotAvailable.Length..])
                : fields.With($"Form.Values[{i}].Value", entries[i]).With($"Form.Values[{i}].NotAvailable", "false").With($"Form.Values[{i}].NotAvailableReason", "");
        }

        await SaveAndSubmitAsync(staff.Client, measure, year, FormPosting.AntiforgeryToken(form), fields);
    }

    /// <summary>The prefix of an entry that is 未確定, followed by its reason.</summary>
    public const string NotAvailable = "未確定:";

    /// <summary>承認 as a person does it: the review page (which says what will be published), then 「承認して公表する」 on it.</summary>
    public static Task<HttpResponseMessage> ApproveAsync(SignedIn planning, int measure, int year) => ApproveAsync(planning.Client, measure, year);

    public static async Task<HttpResponseMessage> ApproveAsync(HttpClient planning, int measure, int year)
    {
        var review = await planning.GetPageAsync($"/planning/records/{measure}/{year}");
        var action = $"/planning/records/{measure}/{year}/approve";
        Assert.Contains("承認して公表する", review, StringComparison.Ordinal);
        return await planning.PostWithTokenAsync(action, HtmlForm.Token(review, action), HtmlForm.Fields(review, action));
    }

    /// <summary>
    /// Posts 承認 with the record's current <paramref name="version"/> from someone whose review page shows no button, and
    /// answers with what the post gives (a 403 for someone who may not approve).
    /// </summary>
    public static async Task<HttpResponseMessage> ApproveAttemptAsync(HttpClient planning, int measure, int year, string version)
    {
        var review = await planning.GetPageAsync($"/planning/records/{measure}/{year}");
        Assert.DoesNotContain("承認して公表する", review, StringComparison.Ordinal);
        return await planning.PostWithTokenAsync($"/planning/records/{measure}/{year}/approve", FormPosting.AntiforgeryToken(review), [new("version", version)]);
    }

    /// <summary>
    /// 差し戻し as a person does it: the comment and 「差戻しの確認へ」, then 「差し戻す」 on the confirmation page.
    /// A refused comment answers on the first step (422), and that answer is returned.
    /// </summary>
    public static async Task<HttpResponseMessage> ReturnAsync(SignedIn planning, int measure, int year, string comment)
    {
        var page = await planning.Client.GetPageAsync($"/planning/records/{measure}/{year}");
        var action = $"/planning/records/{measure}/{year}/return";
        var first = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action).With("comment", comment));
        if (first.StatusCode != HttpStatusCode.OK)
        {
            return first;
        }

        var confirm = await first.BodyAsync();
        first.Dispose();
        Assert.Contains("差し戻しの確認", confirm, StringComparison.Ordinal);
        return await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(confirm, action), HtmlForm.Fields(confirm, action));
    }
}
