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
