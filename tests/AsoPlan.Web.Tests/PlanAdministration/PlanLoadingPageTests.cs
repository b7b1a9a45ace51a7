using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AsoPlan.Core.Accounts;
using AsoPlan.Data;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.PlanAdministration;

[Collection(SharedPortal.Name)]
public sealed class PlanLoadingPageTests(PortalFixture portal) : IDisposable
{
    private readonly HttpClient admin = portal.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => admin.Dispose();

    [Fact]
    public async Task Admin_exports_the_plan_and_loading_that_file_again_changes_nothing_but_is_audited()
    {
        var email = await SignInAdminAsync();

        using var export = await admin.GetAsync(new Uri("/admin/plan/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("plan-aso-2-late.json", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName);
        var json = await export.Content.ReadAsStringAsync();
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(seed), JsonNode.Parse(json)), "the export differs from seeds/plan.json");

        using var response = await UploadAsync(json, "plan-aso-2-late.json");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetPageAsync("/admin/plan");
        Assert.Contains("後期基本計画を読み込みました（追加 0件、変更 0件、削除 0件）。", page, StringComparison.Ordinal);
        Assert.Contains("公開中", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">計画の読み込み・書き出し<", Html.Breadcrumbs(page), StringComparison.Ordinal);
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == PlanLoader.AuditAction && e.Actor == email));
    }

    [Fact]
    public async Task A_plan_file_with_mistakes_is_refused_with_every_mistake_listed_and_nothing_changes()
    {
        await SignInAdminAsync();
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName)))!;
        var measure = plan["period"]!["policies"]![1]!["measures"]![0]!;
        var originalTitle = measure["title"]!.GetValue<string>();
        measure["title"] = "書き換えた施策名";
        measure["ownerSection"] = "no-such-section";
        measure["indicators"]![0]!["target"]!["value"] = null;

        using var response = await UploadAsync(plan.ToJsonString(), "broken.json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains("broken.json を読み込めませんでした。次の 2 件を直して", page, StringComparison.Ordinal);
        Assert.Contains("担当課「no-such-section」は departments のどの部にもありません。", page, StringComparison.Ordinal);
        Assert.Contains("value（値）と relativePercent（基準値からの増加率）のどちらか一方だけ", page, StringComparison.Ordinal);
        var number = measure["number"]!.GetValue<int>();
        var measurePage = await admin.GetPageAsync($"/measures/{number}");
        Assert.Contains(originalTitle, measurePage, StringComparison.Ordinal);
        Assert.DoesNotContain("書き換えた施策名", measurePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_over_their_column_length_or_with_control_characters_are_refused_every_one_listed()
    {
        await SignInAdminAsync();
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName)))!;
        var policy = plan["period"]!["policies"]![2]!;
        var originalTitle = policy["title"]!.GetValue<string>();
        policy["title"] = new string('A', 4_000_000);
        var indicator = policy["measures"]![0]!["indicators"]![0]!;
        indicator["name"] = "指標\0名";
        policy["measures"]![0]!["title"] = "施策\t名";
        policy["measures"]![0]!["description"]![0] = "一段落目\n二行目"; // a line break inside a paragraph is fine

        using var response = await UploadAsync(plan.ToJsonString(), "long.json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.BodyAsync());
        Assert.Contains("long.json を読み込めませんでした。次の 3 件を直して", page, StringComparison.Ordinal);
        Assert.Contains("政策3の名称: 300文字以内にしてください（現在4,000,000文字）。", page, StringComparison.Ordinal);
        Assert.Contains("指標「M07-I01」の名称: 使用できない制御文字（U+0000）が含まれています", page, StringComparison.Ordinal);
        Assert.Contains("実施施策" + policy["measures"]![0]!["number"]!.GetValue<int>() + "の名称: 使用できない制御文字（U+0009）", page, StringComparison.Ordinal);
        Assert.Contains(originalTitle, await admin.GetPageAsync("/policies/3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_that_is_not_a_plan_file_gets_a_message_not_an_error_page()
    {
        await SignInAdminAsync();

        using var response = await UploadAsync("これは計画ではありません", "memo.json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("JSONとして読めません", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_office_cannot_load_or_export_plans()
    {
        var email = TestAccounts.NewEmail("planning");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.PlanningOffice);
        await admin.SignInAsync(email);

        using var page = await admin.GetAsync(new Uri("/admin/plan", UriKind.Relative));
        using var export = await admin.GetAsync(new Uri("/admin/plan/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(string json, string fileName)
    {
        var token = FormPosting.AntiforgeryToken(await admin.GetPageAsync("/admin/plan"));
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await admin.PostAsync(new Uri("/admin/plan/import", UriKind.Relative), content);
    }

    private async Task<string> SignInAdminAsync()
    {
        var email = TestAccounts.NewEmail("plan-admin");
        await TestAccounts.CreateAsync(portal.Factory, email, Roles.Admin);
        await admin.SignInAsync(email);
        return email;
    }
}
