namespace Minzheng.E2E;

[Collection("browser")]
public sealed class AdminFlowTests(AppServer app)
{
    [Fact]
    public async Task The_system_administrator_creates_an_account_whose_one_time_password_must_be_changed_at_first_login()
    {
        var admin = await app.LoginAsync("sysadmin");
        await admin.GotoAsync(app.BaseUrl + "/admin/users");
        await AppServer.WaitInteractiveAsync(admin);
        await admin.FillAsync("[data-testid=new-user-name]", "hx.clerk2");
        await admin.FillAsync("[data-testid=new-user-display]", "红湘街道经办二");
        await admin.SelectOptionAsync("[data-testid=new-user-role]", "TownCaseWorker");
        await admin.ClickAsync("#new-user-save");
        await Assertions.Expect(admin.Locator("[data-error-for=region]")).ToContainTextAsync("管辖区域");
        await admin.SelectOptionAsync("[data-testid=new-user-region-town]", "430408002");
        await admin.ClickAsync("#new-user-save");
        var notice = admin.Locator("[data-testid=one-time-password] code");
        await Assertions.Expect(notice).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\S{16}$"));
        var oneTime = await notice.InnerTextAsync();
        await Assertions.Expect(admin.Locator("[data-user='hx.clerk2']")).ToContainTextAsync("镇街经办");

        var context = await app.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/account/login");
        await page.FillAsync("#userName", "hx.clerk2");
        await page.FillAsync("#password", oneTime);
        await page.ClickAsync("#login-submit");
        // Poll the address (a navigation event can finish before the wait starts: the known Blazor race).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/change-password"), new() { Timeout = 30_000 });
        await page.FillAsync("[name=currentPassword]", oneTime);
        await page.FillAsync("[name=newPassword]", "Hongxiang-Clerk-2022");
        await page.FillAsync("[name=confirmPassword]", "Hongxiang-Clerk-2022");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=current-user]")).ToContainTextAsync("红湘街道经办二");
    }

    [Fact]
    public async Task The_system_administrator_follows_event_delivery_between_modules()
    {
        var admin = await app.LoginAsync("sysadmin");
        await admin.GotoAsync(app.BaseUrl + "/");
        await AppServer.WaitInteractiveAsync(admin);
        await admin.ClickAsync("text=事件投递");
        await Assertions.Expect(admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/outbox"));
        var readers = admin.Locator("[data-testid=subscribers]");
        await Assertions.Expect(readers).ToContainTextAsync("assistance.findings");
        await Assertions.Expect(readers).ToContainTextAsync("elderly.registry");
        await Assertions.Expect(readers).ToContainTextAsync("ledger");
        await Assertions.Expect(admin.Locator("[data-testid=no-dead-letters], [data-testid=dead-letters]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_page_and_enabling_lets_it_sign_in_again()
    {
        var worker = await app.LoginAsync("daiyingling");
        await worker.GotoAsync(app.BaseUrl + "/registry/households");
        await AppServer.WaitInteractiveAsync(worker);

        var admin = await app.LoginAsync("sysadmin");
        await admin.GotoAsync(app.BaseUrl + "/admin/users");
        await AppServer.WaitInteractiveAsync(admin);
        var row = admin.Locator("[data-user='daiyingling']");
        await row.Locator("[data-testid=toggle-disabled]").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已停用");

        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?reason=ended"), new() { Timeout = 15_000 });
        await Assertions.Expect(worker.Locator("[data-testid=ended-notice]")).ToBeVisibleAsync();

        await row.Locator("[data-testid=toggle-disabled]").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("正常");
        await app.LoginAsync("daiyingling");
    }
}
