using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>The entry form shows, beside each input, what the city approved for the indicator the year before, and the change once a value is saved.</summary>
[Collection(WorkflowTests.Name)]
public sealed class LastYearValueTests(WorkflowPortal portal)
{
    private const int Measure = 10; // 福祉課: 7 indicators, all 人

    [Fact]
    public async Task Last_years_approved_value_stands_beside_each_input_and_the_saved_change_is_shown()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var staff = await portal.StaffAsync("fukushi");
        using var planning = await portal.PlanningAsync();

        // Before R3 is approved, R4's form says there is no approved value; a submitted R3 is not "approved".
        await Journeys.SubmitAsync(staff, Measure, 2021, "30", "250", "12", "40", "80", "0", "9");
        var before = await staff.Client.GetPageAsync($"/staff/records/{Measure}/2022");
        Assert.Contains("前年度（令和3年度）の承認値: なし（承認された記録がありません）", Html.Text(Html.Section(before, "Form_Values_0_last", "p")), StringComparison.Ordinal);

        using (var approved = await Journeys.ApproveAsync(planning, Measure, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var form = await staff.Client.GetPageAsync($"/staff/records/{Measure}/2022");
        Assert.Contains("前年度（令和3年度）の承認値: 250人", Html.Text(Html.Section(form, "Form_Values_1_last", "p")), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Form_Values_1_plan Form_Values_1_last\"", form, StringComparison.Ordinal);

        using (var saved = await staff.Client.PostWithTokenAsync($"/staff/records/{Measure}/2022/save", StaffEntryTests.Token(form),
            StaffEntryTests.Fields(form).With("Form.Values[1].Value", "262").With("Form.Values[5].Value", "0").With("Form.Values[6].Value", "7")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await staff.Client.GetPageAsync($"/staff/records/{Measure}/2022");
        Assert.Contains("保存済みの値は 前年度から +12人", Html.Text(Html.Section(after, "Form_Values_1_last", "p")), StringComparison.Ordinal);
        Assert.Contains("保存済みの値は 前年度と同じ", Html.Text(Html.Section(after, "Form_Values_5_last", "p")), StringComparison.Ordinal);
        Assert.Contains("保存済みの値は 前年度から −2人", Html.Text(Html.Section(after, "Form_Values_6_last", "p")), StringComparison.Ordinal);
        Assert.DoesNotContain("保存済みの値は", Html.Text(Html.Section(after, "Form_Values_0_last", "p")), StringComparison.Ordinal);
    }
}
