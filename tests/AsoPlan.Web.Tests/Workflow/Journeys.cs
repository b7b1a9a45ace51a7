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

        using var response = await staff.Client.PostWithTokenAsync($"/staff/records/{measure}/{year}/submit", StaffEntryTests.Token(form), fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit {measure}/{year}: {(int)response.StatusCode}\n{await response.BodyAsync()}");
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
                : fields.With($"Form.Values[{i}].Value", entries[i]);
        }

        using var response = await staff.Client.PostWithTokenAsync(url + "/submit", FormPosting.AntiforgeryToken(form), fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit {measure}/{year}: {(int)response.StatusCode}\n{Html.Text(await response.BodyAsync())}");
    }

    /// <summary>The prefix of an entry that is 未確定, followed by its reason.</summary>
    public const string NotAvailable = "未確定:";

    public static async Task<HttpResponseMessage> ApproveAsync(SignedIn planning, int measure, int year)
    {
        var page = await planning.Client.GetPageAsync($"/planning/records/{measure}/{year}");
        var action = $"/planning/records/{measure}/{year}/approve";
        return await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action));
    }

    public static async Task<HttpResponseMessage> ReturnAsync(SignedIn planning, int measure, int year, string comment)
    {
        var page = await planning.Client.GetPageAsync($"/planning/records/{measure}/{year}");
        var action = $"/planning/records/{measure}/{year}/return";
        return await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action).With("comment", comment));
    }
}
