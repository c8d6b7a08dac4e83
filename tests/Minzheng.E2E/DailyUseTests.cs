using System.Text.RegularExpressions;
using Minzheng.TestSupport;

namespace Minzheng.E2E;

/// <summary>Issue 20: what a person sees in daily use — Chinese names instead of codes and keys, an empty list that says so, a dropped connection explained in Chinese.</summary>
[Collection("browser")]
public sealed class DailyUseTests(AppServer app)
{
    [Fact]
    public async Task A_dropped_connection_shows_a_chinese_notice_and_the_page_carries_on_when_it_is_back()
    {
        var page = await app.LoginAsync("officer");
        var blocked = false;
        var sockets = new List<IWebSocketRoute>();
        await page.RouteWebSocketAsync(new Regex("_blazor"), ws =>
        {
            if (blocked)
            {
                // The network is down: the reconnect attempt fails.
                _ = ws.CloseAsync(new() { Code = 1011, Reason = "offline" });
                return;
            }

            ws.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(ws);
            }
        });
        await page.GotoAsync(app.BaseUrl + "/assistance/cases");
        await AppServer.WaitInteractiveAsync(page);

        blocked = true;
        IWebSocketRoute live;
        lock (sockets)
        {
            live = sockets[^1];
        }

        await live.CloseAsync(new() { Code = 1011, Reason = "network dropped" });
        var notice = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(notice).ToContainTextAsync("连接");
        Assert.DoesNotMatch("[A-Za-z]{4,}", await notice.InnerTextAsync());

        blocked = false;
        await Assertions.Expect(notice).ToBeHiddenAsync(new() { Timeout = 45_000 });
        await page.ClickAsync("#case-search");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("社会救助申请办理");
    }

    [Fact]
    public async Task The_auditor_reads_the_trail_with_chinese_names_region_names_and_changes_field_by_field_and_exports_it()
    {
        var worker = await app.LoginAsync("zhengxiang");
        await Assertions.Expect(worker.Locator("[data-testid=current-regions]")).ToContainTextAsync("蒸湘街道");
        Assert.DoesNotContain("430408001", await worker.Locator("[data-testid=current-regions]").InnerTextAsync(), StringComparison.Ordinal);
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new
            {
                regionCode = "430408001002", kind = "Urban", address = "审计路1号",
                members = new[] { new { name = "审计读者", idNumber = IdNumbers.Next(), relation = "Head" } },
            },
        });
        Assert.True(created.Ok, await created.TextAsync());

        var auditor = await app.LoginAsync("auditor");
        await auditor.GotoAsync(app.BaseUrl + "/audit");
        await AppServer.WaitInteractiveAsync(auditor);
        await auditor.FillAsync("[data-testid=audit-user]", "zhengxiang");
        await auditor.SelectOptionAsync("[data-testid=audit-action]", "create");
        await auditor.ClickAsync("#audit-search");
        var row = auditor.Locator("[data-testid=audit-table] > tbody > tr", new() { HasText = "审计路1号" }).First;
        await Assertions.Expect(row).ToContainTextAsync("家庭户");
        await Assertions.Expect(row).ToContainTextAsync("新增");
        await Assertions.Expect(row.Locator("[data-testid=audit-user-label]")).ToContainTextAsync("镇街经办");
        await Assertions.Expect(row.Locator("[data-testid=audit-changes]")).ToContainTextAsync("地址");
        var text = await row.InnerTextAsync();
        Assert.DoesNotContain("Household", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
        Assert.Contains("蒸湘街道", text, StringComparison.Ordinal);

        var download = await auditor.RunAndWaitForDownloadAsync(() => auditor.ClickAsync("[data-testid=audit-export]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        // A search that finds nothing says so, and what to do.
        await auditor.FillAsync("[data-testid=audit-user]", "nobody-at-all");
        await auditor.ClickAsync("#audit-search");
        await Assertions.Expect(auditor.Locator("[data-testid=empty-state]")).ToContainTextAsync("没有符合条件的记录");
    }

    [Fact]
    public async Task A_village_assistant_reads_their_community_by_name_not_their_towns()
    {
        var assistant = await app.LoginAsync("assistant");
        var figures = assistant.Locator("[data-testid=town-figures]");
        await Assertions.Expect(figures).ToContainTextAsync("户籍人口（按村（社区））");
        await Assertions.Expect(figures.Locator("[data-testid=town-table]")).ToContainTextAsync("蒸湘第1社区（演示）");
        Assert.DoesNotContain("蒸湘街道", await figures.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(assistant.Locator("[data-testid=current-regions]")).ToContainTextAsync("蒸湘街道·蒸湘第1社区（演示）");
    }

    [Fact]
    public async Task A_citizen_applies_online_with_the_code_the_system_administrator_reads_in_the_demo_outbox()
    {
        var worker = await app.LoginAsync("zhengxiang");
        var idNumber = IdNumbers.Next(new DateOnly(1968, 5, 6));
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new
            {
                regionCode = "430408001003", kind = "Urban", address = "网申路3号",
                members = new[] { new { name = "网申者", idNumber, relation = "Head", phone = "13912345678" } },
            },
        });
        Assert.True(created.Ok, await created.TextAsync());

        var citizen = await (await app.Browser.NewContextAsync(new() { Locale = "zh-CN" })).NewPageAsync();
        await citizen.GotoAsync(app.BaseUrl + "/apply");
        await citizen.FillAsync("[data-testid=online-id]", idNumber);
        await citizen.FillAsync("[data-testid=online-phone]", "13912345678");
        await citizen.ClickAsync("[data-testid=online-send]");
        await Assertions.Expect(citizen.Locator("[data-testid=online-step2]")).ToBeVisibleAsync();

        // Issue 20.3: no gateway on the embedded default — the code waits in the outbox, where the system administrator reads it.
        var admin = await app.LoginAsync("sysadmin");
        await admin.GotoAsync(app.BaseUrl + "/admin/sms");
        await AppServer.WaitInteractiveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-testid=sms-no-gateway]")).ToContainTextAsync("未接入短信网关");
        var row = admin.Locator("[data-testid=sms-list] > tbody > tr", new() { HasText = "139****5678" }).First;
        await Assertions.Expect(row.Locator("[data-testid=sms-status]")).ToContainTextAsync("待发送");
        var code = Regex.Match(await row.Locator("[data-testid=sms-text]").InnerTextAsync(), "验证码为 ([0-9]{6})").Groups[1].Value;
        Assert.Matches("^[0-9]{6}$", code);

        await citizen.FillAsync("[data-testid=online-code]", code);
        await citizen.SetInputFilesAsync("[data-testid=online-consent]", new FilePayload { Name = "授权书.png", MimeType = "image/png", Buffer = TestFiles.Png });
        await citizen.ClickAsync("[data-testid=online-submit]");
        await Assertions.Expect(citizen.Locator("[data-testid=online-done]")).ToContainTextAsync("申请已提交");
    }

    [Fact]
    public async Task The_security_administrator_reads_the_policy_and_the_failed_logins_and_unlocks_a_locked_account()
    {
        // Five wrong passwords lock an account (the shipped rule).
        var guesser = await (await app.Browser.NewContextAsync()).NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await guesser.GotoAsync(app.BaseUrl + "/account/login");
            await guesser.FillAsync("#userName", "assistant");
            await guesser.FillAsync("#password", "Not-The-Password-9");
            await guesser.ClickAsync("#login-submit");
            await guesser.WaitForURLAsync(new Regex("failed"));
        }

        var secadmin = await app.LoginAsync("secadmin");
        await secadmin.GotoAsync(app.BaseUrl + "/security/policy");
        await AppServer.WaitInteractiveAsync(secadmin);
        await Assertions.Expect(secadmin.Locator("[data-rule=LockoutAttempts]")).ToContainTextAsync("连续登录失败几次锁定账户");
        await Assertions.Expect(secadmin.Locator("[data-testid=policy-LockoutAttempts]")).ToHaveValueAsync("5");

        await secadmin.GotoAsync(app.BaseUrl + "/security/logins");
        await AppServer.WaitInteractiveAsync(secadmin);
        await Assertions.Expect(secadmin.Locator("[data-testid=failures-by-user]")).ToContainTextAsync("assistant");
        var held = secadmin.Locator("[data-testid=held-accounts] tr[data-user=assistant]");
        await Assertions.Expect(held).ToContainTextAsync("登录失败锁定");
        await held.Locator("[data-testid=account-unlock]").ClickAsync();
        await Assertions.Expect(secadmin.Locator("[data-testid=account-done]")).ToContainTextAsync("assistant 已解锁");
        await app.LoginAsync("assistant");
    }

    [Fact]
    public async Task A_read_only_role_is_not_offered_what_it_may_not_do()
    {
        var leader = await app.LoginAsync("leader");
        await leader.GotoAsync(app.BaseUrl + "/registry/households");
        await AppServer.WaitInteractiveAsync(leader);
        Assert.Equal(0, await leader.Locator("[data-testid=new-household]").CountAsync());
        await leader.GotoAsync(app.BaseUrl + "/registry/households/new");
        await Assertions.Expect(leader.Locator("[data-testid=no-create]")).ToContainTextAsync("不能登记家庭户");
        Assert.Equal(0, await leader.Locator("[data-testid=regionCode]").CountAsync());
    }

    [Fact]
    public async Task A_service_provider_meets_no_menu_entry_it_cannot_open()
    {
        var provider = await app.LoginAsync("provider");
        var menu = await provider.Locator(".ant-layout-sider").InnerTextAsync();
        Assert.Contains("机构工作台", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("户管理", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("人员查询", menu, StringComparison.Ordinal);
    }
}
