using Minzheng.TestSupport;

namespace Minzheng.E2E;

[Collection("browser")]
public sealed class AccessFlowTests(AppServer app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_password_is_then_refused()
    {
        var context = await app.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        for (var i = 0; i < 6; i++)
        {
            await page.GotoAsync(app.BaseUrl + "/account/login");
            await page.FillAsync("#userName", "secadmin");
            await page.FillAsync("#password", i < 5 ? "Wrong-Passw0rd!" + i : TestData.Password);
            await page.ClickAsync("#login-submit");
            await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("用户名或密码错误");
        }

        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_session_ends_on_the_server_and_the_page_returns_to_the_login()
    {
        var page = await app.LoginAsync("auditadmin");
        await page.WaitForURLAsync("**/account/login?reason=idle", new() { Timeout = (float)(AppServer.AdminIdle.TotalMilliseconds + 15_000) });
        await Assertions.Expect(page.Locator("[data-testid=idle-notice]")).ToBeVisibleAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_of_another_town_sees_a_403_page_for_the_audit_trail_and_no_registry_rows_of_other_towns()
    {
        var page = await app.LoginAsync("hongxiang");
        await page.GotoAsync(app.BaseUrl + "/audit");
        await Assertions.Expect(page.Locator(".ant-result-title")).ToHaveTextAsync("403");
        await page.GotoAsync(app.BaseUrl + "/registry/households");
        await AppServer.WaitInteractiveAsync(page);
        var options = await page.Locator("[data-testid=filter-town] option").AllTextContentsAsync();
        Assert.Equal(["全部镇街", "红湘街道"], options);
    }

    [Fact]
    public async Task The_real_server_does_not_name_itself()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(app.BaseUrl + "/account/login");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : []));
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }
}
