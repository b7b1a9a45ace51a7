using AsoPlan.Data;
using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Features.Budget;
using AsoPlan.Web.Features.Errors;
using AsoPlan.Web.Features.ExternalReview;
using AsoPlan.Web.Features.FinalReview;
using AsoPlan.Web.Features.Notices;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Features.PlanEditing;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Features.Voice;
using AsoPlan.Web.Features.Workbooks;
using AsoPlan.Web.Infrastructure;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Infrastructure.Commands;
using AsoPlan.Web.Infrastructure.Logging;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddAsoPlanLogging();
builder.Services.AddAsoPlanData(builder.Configuration);
builder.Services.AddAsoPlanSecurity();
builder.Services.AddAsoPlanDataProtection(builder.Configuration);
builder.Services.AddAsoPlanRequestBodyLimits();
builder.Services.AddAsoPlanRedis(builder.Configuration);
builder.Services.AddAsoPlanSignInRateLimiting(builder.Configuration);
builder.Services.AddAsoPlanMvc();
builder.Services.AddResourceAuthorization();
builder.Services.AddAsoPlanOutputCache();
builder.Services.AddAsoPlanCompression();

// One registration per feature (Features/<Feature>/<Feature>Setup.cs); accounts come with AddAsoPlanSecurity.
builder.Services.AddPortalFeature();
builder.Services.AddOpenDataFeature();
builder.Services.AddProgressFeature(builder.Configuration);
builder.Services.AddRecordsFeature();
builder.Services.AddReviewFeature();
builder.Services.AddBudgetFeature();
builder.Services.AddWorkbooksFeature();
builder.Services.AddNoticesFeature(builder.Configuration);
builder.Services.AddPlanEditingFeature();
builder.Services.AddVoiceFeature();
builder.Services.AddFinalReviewFeature();
builder.Services.AddExternalReviewFeature();

var app = builder.Build();

// A maintenance command (create-admin) runs with the app's own services and configuration, then exits.
// Disposing the app at the end drains the asynchronous log sinks (RunAsync below does the same for the server).
if (CommandLine.IsCommand(args))
{
    await using (app)
    {
        return await CommandLine.RunAsync(app.Services, args);
    }
}

// The client's address and scheme from the known proxies (if configured) before anything uses them.
app.UseAsoPlanForwardedHeaders();

// First, so each request is logged once with its final status (after error re-execution).
app.UseAsoPlanRequestLogging();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/error/500");
}

app.UseAsoPlanSecurityHeaders();
app.UseAsoPlanTransportSecurity();

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseAsoPlanCompression();
app.UseAsoPlanStaticFiles();
app.UseAsoPlanHeadAsGet();
app.UseRouting();

// Right after routing: a cached public page (anonymous GET, no sign-in or flash cookie) is answered here and skips
// what it does not need; everything else goes on through the body limit, rate limit and sign-in checks below.
app.UseAsoPlanOutputCache();
app.UseAsoPlanRequestBodyLimits();
app.UseAsoPlanMalformedFormRefusal();
app.UseAsoPlanSignInRateLimiting();
app.UseAuthentication();
app.UseAsoPlanNoStoreWhenSignedIn();
app.UseAuthorization();

app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

// Unknown addresses are 404 (the Japanese page), not a login redirect from the deny-by-default policy.
app.MapFallback("{*path}", NotFoundEndpoint.Handle).AllowAnonymous();

await app.Services.InitializeAsoPlanDatabaseAsync();
await app.Services.PublishApprovedRecordsAsync();
await app.Services.InitializeAsoPlanAccountsAsync();
// RunAsync disposes the host once it has stopped, which drains the log queues and flushes the file (LogShutdownTests).
await app.RunAsync();
return CommandLine.Success;

/// <summary>Entry point; partial so integration tests can use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
