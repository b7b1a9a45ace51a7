using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// A portal of its own for the workflow tests (they change records and windows, which the public
/// page tests must not see), with signed-in clients made through the real login form.
/// </summary>
public sealed class WorkflowPortal : OwnPortal
{
    public HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>A new account with the given roles (and section), signed in through /account/login.</summary>
    public async Task<SignedIn> SignInAsync(string? sectionCode, params string[] roles)
    {
        var email = await CreateAccountAsync(sectionCode, roles);
        var client = Anonymous();
        await client.SignInAsync(email);
        return new SignedIn(email, client);
    }

    /// <summary>A new account made with the app's UserManager; returns its email (the sign-in name).</summary>
    public async Task<string> CreateAccountAsync(string? sectionCode, params string[] roles)
    {
        var email = TestAccounts.NewEmail(roles.Length == 0 ? "none" : string.Join("-", roles).ToLowerInvariant());
        await TestAccounts.CreateAsync(Factory, email, sectionCode: sectionCode);
        using (var scope = Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email);
            var result = await users.AddToRolesAsync(user!, roles);
            Assert.True(result.Succeeded);
        }

        return email;
    }

    public Task<SignedIn> StaffAsync(string sectionCode) => SignInAsync(sectionCode, Roles.SectionStaff);

    public Task<SignedIn> PlanningAsync() => SignInAsync(null, Roles.PlanningOffice);

    public Task<SignedIn> AdminAsync() => SignInAsync(null, Roles.Admin);

    public async Task<T> WithDbAsync<T>(Func<AsoPlanDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>());
    }

    public Task WithDbAsync(Func<AsoPlanDbContext, Task> action) => WithDbAsync(async db =>
    {
        await action(db);
        return 0;
    });

    /// <summary>Test setup only: opens or closes a year without going through the planning page.</summary>
    public Task SetWindowAsync(int fiscalYear, bool open) => EntryWindows.SetAsync(Factory, fiscalYear, open);

    public Task<PdcaRecord?> RecordAsync(int measureNumber, int fiscalYear) => WithDbAsync(db =>
        db.PdcaRecords.AsNoTracking().Include(r => r.Values).ThenInclude(v => v.Indicator)
            .SingleOrDefaultAsync(r => r.Measure!.Number == measureNumber && r.FiscalYear == fiscalYear));

    /// <summary>Test setup only: an opinion in 回答案あり assigned to the section, its reply drafted by <paramref name="replyAuthor"/>.</summary>
    public Task<long> ArrangeOpinionAsync(int measureNumber, string sectionCode, string? replyAuthor) => Opinions.AddRepliedAsync(Factory, measureNumber, sectionCode, replyAuthor);

    /// <summary>Test setup only: puts a record straight into a state (creating it when missing, deleting it for null).</summary>
    public Task SetRecordStateAsync(int measureNumber, int fiscalYear, RecordState? state) => Records.SetStateAsync(Factory, measureNumber, fiscalYear, state);
}

public sealed record SignedIn(string Email, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

[CollectionDefinition(Name)]
public sealed class WorkflowTests : ICollectionFixture<WorkflowPortal>
{
    public const string Name = "workflow";
}
