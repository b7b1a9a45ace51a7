using System.Net;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>A resubmission's review page shows, per field, the value at the return and now, changed fields first and marked in words.</summary>
[Collection(WorkflowTests.Name)]
public sealed class ResubmissionChangesTests(WorkflowPortal portal)
{
    private const int Measure = 11; // 健康増進課: 6 indicators, % with one decimal

    [Fact]
    public async Task The_review_of_a_resubmission_lists_what_changed_since_the_return_first()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync("hoken");
        using var planning = await portal.PlanningAsync();
        await Journeys.SubmitAsync(staff, Measure, 2021, "20.1", "80.2", "40.3", "30.4", "18.5", "70.6");

        var first = await planning.Client.GetPageAsync($"/planning/records/{Measure}/2021");
        Assert.DoesNotContain("id=\"changes\"", first, StringComparison.Ordinal); // a first submission has nothing to compare

        using (var returned = await Journeys.ReturnAsync(planning, Measure, 2021, "特定健診受診率の出典を確認してください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var form = await staff.Client.GetPageAsync($"/staff/records/{Measure}/2021");
        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, 2021, StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[2].Value", "41.0")
            .With("Form.DoText", "研修と広報を実施した。受診勧奨を2回行った。"));

        var review = await planning.Client.GetPageAsync($"/planning/records/{Measure}/2021");
        var changes = Html.Section(review, "changes", "section");
        var rows = Rows(changes);

        Assert.Contains("変更された項目: 2件", Html.Text(changes), StringComparison.Ordinal);
        Assert.Equal(2, rows.Count(r => r.Contains("変更あり", StringComparison.Ordinal)));
        Assert.Contains("特定健診受診率", rows[0], StringComparison.Ordinal);
        Assert.Contains("変更あり 40.3% 41.0%", rows[0], StringComparison.Ordinal);
        Assert.Contains("取組実績（Do）", rows[1], StringComparison.Ordinal);
        Assert.Contains("研修と広報を実施した。 研修と広報を実施した。受診勧奨を2回行った。", rows[1], StringComparison.Ordinal);
        Assert.All(rows.Skip(2), r => Assert.Contains("変更なし", r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("国民年金保険料納付率", StringComparison.Ordinal) && r.Contains("変更なし 70.6% 70.6%", StringComparison.Ordinal));
    }

    /// <summary>The text of each body row of the table, its cells separated by a space.</summary>
    private static List<string> Rows(string html) =>
        [.. html.Split("<tr").Skip(2).Select(row => Html.Text("<tr" + row).Trim())];
}
