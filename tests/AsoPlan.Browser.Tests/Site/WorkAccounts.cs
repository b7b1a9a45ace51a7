using AsoPlan.Testing;
using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>
/// The accounts the staff and planning journeys sign in with, made the way a city would make them: the
/// first administrator with the app's <c>create-admin</c> command against the suite's database, then a
/// planning-office and a 建設課 staff account through the admin pages. Made once per app server.
/// </summary>
public static class WorkAccounts
{
    public const string Password = "browser-journey-password";
    public const string AdminEmail = "admin@browser.asoplan.example";
    public const string PlanningEmail = "kikaku@browser.asoplan.example";
    public const string StaffEmail = "kensetsu@browser.asoplan.example";

    /// <summary>建設課 owns 実施施策13.</summary>
    public const string StaffSection = "建設課";
    public const int StaffMeasure = 13;

    /// <summary>A 政策防災課 staff account (実施施策1・2・18) for the Excel round trip, so it shares no record with the 建設課 journeys.</summary>
    public const string WorkbookStaffEmail = "bosai@browser.asoplan.example";
    public const string WorkbookStaffSection = "政策防災課";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AppServer? madeFor;

    public static async Task EnsureAsync(BrowserSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        await EnsureAsync(suite, await suite.ServerAsync());
    }

    /// <summary>Makes the accounts on <paramref name="server"/> (while the suite's server is still being prepared).</summary>
    public static async Task EnsureAsync(BrowserSuite suite, AppServer server)
    {
        ArgumentNullException.ThrowIfNull(suite);
        await Gate.WaitAsync();
        try
        {
            if (ReferenceEquals(madeFor, server))
            {
                return;
            }

            await CreateAdminAsync(server);
            var page = await suite.NewPageAsync(Screen.Desktop);
            try
            {
                await SignInAsync(page, server, AdminEmail);
                await CreateAsync(page, server, PlanningEmail, "企画 花子", "企画担当（政策防災課）", section: null);
                await CreateAsync(page, server, StaffEmail, "建設 太郎", "課の担当者", StaffSection);
                await CreateAsync(page, server, WorkbookStaffEmail, "防災 次郎", "課の担当者", WorkbookStaffSection);
            }
            finally
            {
                await page.Context.CloseAsync();
            }

            madeFor = server;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new browser context (own cookies) signed in as <paramref name="email"/> through the login form.</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSuite suite, string email, Screen? screen = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        await EnsureAsync(suite);
        var page = await suite.NewPageAsync(screen ?? Screen.Desktop);
        await SignInAsync(page, await suite.ServerAsync(), email);
        return page;
    }

    public static async Task SignInAsync(IPage page, AppServer server, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(server);
        await page.GotoAsync(server.Url("/account/login").ToString());
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(server.Url("/account").ToString());
    }

    /// <summary>
    /// The staff account of a section, made through the admin pages on <paramref name="admin"/> (signed in as the
    /// administrator) unless the suite already has one for it. Returns its e-mail.
    /// </summary>
    public static async Task<string> SectionStaffAsync(IPage admin, AppServer server, string sectionCode, string sectionName)
    {
        ArgumentNullException.ThrowIfNull(sectionCode);
        if (sectionName == StaffSection)
        {
            return StaffEmail;
        }

        if (sectionName == WorkbookStaffSection)
        {
            return WorkbookStaffEmail;
        }

        var email = SectionStaffEmail(sectionCode);
        await CreateAsync(admin, server, email, $"{sectionName} 担当", "課の担当者", sectionName);
        return email;
    }

    /// <summary>The address of the staff account <see cref="SectionStaffAsync"/> makes for a section other than 建設課 and 政策防災課.</summary>
    public static string SectionStaffEmail(string sectionCode) => $"staff-{sectionCode}@browser.asoplan.example";

    private static async Task CreateAsync(IPage page, AppServer server, string email, string name, string role, string? section)
    {
        await page.GotoAsync(server.Url("/admin/accounts/new").ToString());
        await page.GetByLabel("メールアドレス（ログインID）").FillAsync(email);
        await page.GetByLabel("氏名（表示名）").FillAsync(name);
        await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
        if (section is not null)
        {
            await page.GetByLabel("所属課（課の担当者は必須）").SelectOptionAsync(new SelectOptionValue { Label = section });
        }

        await page.GetByLabel("初期パスワード（12文字以上）").FillAsync(Password);
        await page.GetByLabel("初期パスワード（確認）").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "作成する" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(server.Url("/admin/accounts").ToString());
    }

    /// <summary>Runs <c>create-admin</c> as an operator would, on the database the running server uses: <see cref="AdminEmail"/>, <see cref="Password"/>.</summary>
    public static async Task CreateAdminAsync(AppServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        // The content root is the working directory, as when an operator runs the command from the app's folder.
        var start = AppLaunch.StartInfo(SuitePaths.WebAppDll, SuitePaths.WebProject, ["create-admin", "--email", AdminEmail, "--name", "試験 管理者"]);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__AsoPlan"] = $"Data Source={server.DatabaseFile}";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(Path.GetDirectoryName(server.DatabaseFile)!, "logs", "create-admin-.log");
        var run = await AppLaunch.RunAsync(start, Password + "\n", TimeSpan.FromSeconds(90));
        Assert.True(run.ExitCode == 0, $"create-admin exited with {run.ExitCode}:\n{run.Output}\n{run.Error}");
    }
}
