using System.Text;
using System.Text.Json;
using Minzheng.TestSupport;

namespace Minzheng.E2E;

[Collection("browser")]
public sealed class MonitoringFlowTests(AppServer app)
{
    [Fact]
    public async Task A_feed_upload_and_the_monthly_run_raise_an_alert_that_only_its_town_sees_and_closes_with_a_visit()
    {
        // The town puts a household under monitoring (防返贫监测).
        var town = await app.LoginAsync("zhengxiang");
        var head = IdNumbers.Next();
        var created = await town.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new { regionCode = "430408001002", kind = "Urban", address = "监测路8号", members = new[] { new { name = "赵德明", idNumber = head, relation = "Head" } } },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetGuid();
        var number = JsonDocument.Parse(await (await town.APIRequest.GetAsync($"{app.BaseUrl}/api/registry/households/{id}")).TextAsync()).RootElement.GetProperty("number").GetString()!;
        await town.GotoAsync(app.BaseUrl + "/monitoring/population");
        await AppServer.WaitInteractiveAsync(town);
        await town.FillAsync("[data-testid=subject-household]", number);
        await town.FillAsync("[data-testid=subject-reason]", "因病支出大，收入下降");
        await town.ClickAsync("#subject-add");
        await Assertions.Expect(town.Locator("[data-testid=subject-list]")).ToContainTextAsync(number);

        // The district uploads the deaths feed: a bad file first (refused by row), then a good one; then runs the month.
        var district = await app.LoginAsync("officer");
        await district.GotoAsync(app.BaseUrl + "/monitoring/feeds");
        await AppServer.WaitInteractiveAsync(district);
        await district.SelectOptionAsync("[data-testid=feed-kind]", "deaths");
        await district.SetInputFilesAsync("[data-testid=feed-file]", new FilePayload { Name = "死亡-有误.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("id_number,death_date\n12345,2022-13-01\n") });
        await Assertions.Expect(district.Locator("[data-testid=feed-file-ready]")).ToContainTextAsync("死亡-有误.csv", new() { Timeout = 20_000 });
        await district.ClickAsync("#feed-upload");
        await Assertions.Expect(district.Locator("[data-testid=feed-row-report]")).ToContainTextAsync("第2行 id_number");
        await Assertions.Expect(district.Locator("[data-testid=feed-row-report]")).ToContainTextAsync("第2行 death_date");
        await district.SetInputFilesAsync("[data-testid=feed-file]", new FilePayload { Name = "死亡.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"id_number,death_date\n{head},2026-11-02\n") });
        await Assertions.Expect(district.Locator("[data-testid=feed-file-ready]")).ToContainTextAsync("已读取 死亡.csv", new() { Timeout = 20_000 });
        await district.ClickAsync("#feed-upload");
        await Assertions.Expect(district.Locator("[data-testid=feed-uploaded]")).ToContainTextAsync("共 1 行");
        await Assertions.Expect(district.Locator("[data-testid=feed-history]")).ToContainTextAsync("死亡.csv");
        await Assertions.Expect(district.Locator("[data-testid=feed-history]")).ToContainTextAsync("加密保存");
        await district.ClickAsync("#feed-purge");
        await Assertions.Expect(district.Locator("[data-testid=feed-purged]")).ToContainTextAsync("没有超过 365 天的历史版本");
        await district.ClickAsync("#run-start");
        await Assertions.Expect(district.Locator("[data-testid=run-result]")).ToContainTextAsync("新增预警 1 条", new() { Timeout = 30_000 });

        // Another town does not see it.
        var other = await app.LoginAsync("hongxiang");
        await other.GotoAsync(app.BaseUrl + "/monitoring");
        await AppServer.WaitInteractiveAsync(other);
        await Assertions.Expect(other.Locator("h1")).ToContainTextAsync("监测预警");
        Assert.DoesNotContain(number, await other.ContentAsync(), StringComparison.Ordinal);

        // Its own town sees it on the home page and the list, and closes it with a visit.
        await town.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(town.Locator("[data-testid=alert-figures-widget]")).ToContainTextAsync("待处置");
        await town.GotoAsync(app.BaseUrl + "/monitoring");
        await AppServer.WaitInteractiveAsync(town);
        var row = town.Locator("[data-testid=alert-list] tr", new() { HasText = number });
        await Assertions.Expect(row).ToContainTextAsync("死亡核实");
        await row.Locator("[data-testid=alert-link]").ClickAsync();
        await Assertions.Expect(town).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/monitoring/alerts/"));
        await AppServer.WaitInteractiveAsync(town);
        await Assertions.Expect(town.Locator("[data-testid=alert-status]")).ToContainTextAsync("待处置");
        await town.ClickAsync("#alert-close");
        await Assertions.Expect(town.Locator("[data-error-for=visitNote]")).ToContainTextAsync("核实情况");
        await town.SelectOptionAsync("[data-testid=alert-visit-mode]", "Home");
        await town.FillAsync("[data-testid=alert-visit-note]", "入户核实：户主已于11月2日去世，家属已办理丧葬");
        await town.SelectOptionAsync("[data-testid=alert-outcome-select]", "Referred");
        await town.ClickAsync("#alert-close");
        await Assertions.Expect(town.Locator("[data-testid=alert-status]")).ToContainTextAsync("已办结");
        await Assertions.Expect(town.Locator("[data-testid=alert-outcome]")).ToContainTextAsync("已转介");
    }
}
