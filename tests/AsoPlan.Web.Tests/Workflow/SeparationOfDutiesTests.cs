using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// Nobody approves or returns a record they edited or submitted, whatever roles they hold: one account with both
/// PlanningOffice and SectionStaff submits through the pages and is then refused, in words, on every door.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class SeparationOfDutiesTests(WorkflowPortal portal)
{
    private const int Measure = 17; // 財政課: 2 indicators
    private const string Section = "zaisei";

    [Fact]
    public async Task Who_submitted_a_record_cannot_approve_or_return_it_and_a_colleague_can()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var both = await portal.SignInAsync(Section, Roles.PlanningOffice, Roles.SectionStaff);
        await Journeys.SubmitAsync(both, Measure, 2021, "50", "50");

        var review = await both.Client.GetPageAsync($"/planning/records/{Measure}/2021");
        Assert.Contains(SeparationOfDuties.Message, Html.Text(review), StringComparison.Ordinal);
        Assert.DoesNotContain($"/planning/records/{Measure}/2021/approve", review, StringComparison.Ordinal);
        Assert.DoesNotContain("承認して公表する", review, StringComparison.Ordinal);
        Assert.DoesNotContain("差戻しの確認へ", review, StringComparison.Ordinal);

        var token = FormPosting.AntiforgeryToken(review);
        var version = (await portal.RecordAsync(Measure, 2021))!.Version.ToString();
        using (var approve = await both.Client.PostWithTokenAsync($"/planning/records/{Measure}/2021/approve", token, [new("version", version)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
            Assert.Contains(SeparationOfDuties.Message, Html.Text(await approve.BodyAsync()), StringComparison.Ordinal);
        }

        using (var returned = await both.Client.PostWithTokenAsync($"/planning/records/{Measure}/2021/return", token, [new("version", version), new("comment", "自分で差し戻す"), new("confirmed", "true")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, returned.StatusCode);
        }

        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2021))!.State);

        using var colleague = await portal.PlanningAsync();
        using (var approved = await Journeys.ApproveAsync(colleague, Measure, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(RecordState.Approved, (await portal.RecordAsync(Measure, 2021))!.State);
        var history = Html.Text(await colleague.Client.GetPageAsync($"/planning/records/{Measure}/2021/history"));
        Assert.Contains(both.Email, history, StringComparison.Ordinal);
        Assert.Contains(colleague.Email, history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_only_saved_a_draft_of_the_version_under_review_cannot_review_it_either()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var drafter = await portal.SignInAsync(Section, Roles.PlanningOffice, Roles.SectionStaff);
        using var staff = await portal.StaffAsync(Section);
        var form = await StaffEntryTests.FormAsync(drafter, 2022, Measure);
        using (var saved = await drafter.Client.PostWithTokenAsync($"/staff/records/{Measure}/2022/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form).With("Form.Values[0].Value", "40")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await Journeys.SubmitAsync(staff, Measure, 2022, "50", "50");

        var version = (await portal.RecordAsync(Measure, 2022))!.Version.ToString();
        using var approve = await Journeys.ApproveAttemptAsync(drafter.Client, Measure, 2022, version);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2022))!.State);
    }
}
