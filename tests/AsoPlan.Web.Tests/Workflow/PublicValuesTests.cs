using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>Only approved values ever reach the public pages, checked through the real workflow.</summary>
[Collection(WorkflowTests.Name)]
public sealed class PublicValuesTests(WorkflowPortal portal)
{
    private const int Measure = 4; // 観光課: 3 indicators, all 人

    [Fact]
    public async Task Submitted_values_stay_private_until_approved_and_then_are_public()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync("kanko");
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();

        await Journeys.SubmitAsync(staff, Measure, 2021, "１２３，４５７", "2345", "34567");
        var beforeApproval = await anonymous.GetPageAsync("/measures/4");
        var csvBeforeApproval = await anonymous.GetPageAsync("/opendata/indicators.csv");
        using (var approve = await Journeys.ApproveAsync(planning, Measure, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        }

        var afterApproval = await anonymous.GetPageAsync("/measures/4");
        var csvAfterApproval = await anonymous.GetPageAsync("/opendata/indicators.csv");

        Assert.DoesNotContain("123,457人", beforeApproval, StringComparison.Ordinal);
        Assert.DoesNotContain(",123457", csvBeforeApproval, StringComparison.Ordinal);
        Assert.Contains(",123457", csvAfterApproval, StringComparison.Ordinal);
        Assert.Contains(",34567", csvAfterApproval, StringComparison.Ordinal);
        Assert.Contains("123,457人", afterApproval, StringComparison.Ordinal);
        Assert.Contains("2,345人", afterApproval, StringComparison.Ordinal);
        Assert.Contains("34,567人", afterApproval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_record_and_a_draft_never_show_their_values()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var staff = await portal.StaffAsync("kanko");
        using var planning = await portal.PlanningAsync();
        using var anonymous = portal.Anonymous();

        await Journeys.SubmitAsync(staff, Measure, 2022, "765431", "8765", "98765");
        using (var returned = await Journeys.ReturnAsync(planning, Measure, 2022, "数値の根拠を確認してください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var form = await StaffEntryTests.FormAsync(staff, 2023, Measure);
        using (var draft = await staff.Client.PostWithTokenAsync("/staff/records/4/2023/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form).With("Form.Values[0].Value", "654321")))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var page = await anonymous.GetPageAsync("/measures/4");
        var csv = await anonymous.GetPageAsync("/opendata/indicators.csv");
        var json = await anonymous.GetPageAsync("/opendata/indicators.json");

        Assert.DoesNotContain("765431", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("654321", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("765431", json, StringComparison.Ordinal);
        Assert.DoesNotContain("765,431", page, StringComparison.Ordinal);
        Assert.DoesNotContain("8,765人", page, StringComparison.Ordinal);
        Assert.DoesNotContain("654,321", page, StringComparison.Ordinal);
        Assert.DoesNotContain("数値の根拠を確認してください。", page, StringComparison.Ordinal);
    }
}
