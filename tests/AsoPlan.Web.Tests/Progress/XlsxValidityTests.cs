using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// Every xlsx the portal serves, downloaded through the app with the demo records in it, opens in Excel without a
/// repair: the Open XML SDK's validator (Office 2019 schema) finds no error. A new download belongs in <see cref="Downloads"/>.
/// </summary>
[Collection(ProgressPortal.Name)]
public sealed class XlsxValidityTests(ProgressPortalFixture portal)
{
    public static TheoryData<string, string> Downloads => new()
    {
        // 令和4年度 holds every state: approved, submitted, returned (with its comment), draft and 未入力.
        { "planning", "/planning/report/workbook?year=2022" },
        { "planning", "/planning/report/workbook?year=2021" },
        // 水道課's 実施施策15 was returned in 令和4年度, so its workbook carries the comment and stored values.
        { "suido", "/staff/sections/suido/workbooks/2022/download" },
        // 総務課's 実施施策16 is a draft, so its workbook carries the saved draft values.
        { "somu", "/staff/sections/somu/workbooks/2022/download" },
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task The_workbook_passes_the_Open_XML_validator_with_no_error(string who, string url)
    {
        using var client = who == "planning" ? await portal.PlanningClientAsync() : await StaffClientAsync(who);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        var errors = XlsxValidation.Errors(await response.Content.ReadAsByteArrayAsync());

        Assert.True(errors.Count == 0, $"{url}: {errors.Count} validation errors\n{string.Join('\n', errors.Take(20))}");
    }

    private async Task<HttpClient> StaffClientAsync(string section)
    {
        var email = TestAccounts.NewEmail("staff-" + section);
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.SectionStaff, section);
        var client = portal.AnonymousClient();
        await client.SignInAsync(email);
        return client;
    }
}
