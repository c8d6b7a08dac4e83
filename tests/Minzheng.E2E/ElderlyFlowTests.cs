using System.Text.Json;
using Minzheng.TestSupport;

namespace Minzheng.E2E;

[Collection("browser")]
public sealed class ElderlyFlowTests(AppServer app)
{
    [Fact]
    public async Task A_case_worker_assesses_an_elder_opens_a_home_care_bed_records_a_service_visit_and_the_home_counters_move()
    {
        var worker = await app.LoginAsync("zhengxiang");
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new
            {
                regionCode = "430408001006", kind = "Urban", address = "红湘路3号",
                members = new[] { new { name = "欧阳秀兰", idNumber = IdNumbers.Next(new DateOnly(1942, 9, 9)), relation = "Head" } },
            },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var household = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetGuid();
        var detail = JsonDocument.Parse(await (await worker.APIRequest.GetAsync($"{app.BaseUrl}/api/registry/households/{household}")).TextAsync()).RootElement;
        var person = detail.GetProperty("members")[0].GetProperty("id").GetGuid();

        await worker.GotoAsync(app.BaseUrl + "/elderly");
        await AppServer.WaitInteractiveAsync(worker);
        await worker.FillAsync("[data-testid=elder-name]", "欧阳秀兰");
        await worker.ClickAsync("#elder-search");
        // The row of this elder (the search refreshes the list asynchronously; other tests' elders may be listed first).
        var elderRow = worker.Locator("[data-testid=elder-list] tr", new() { HasText = "欧阳秀兰" });
        // Wait for the search's list, not the first page it replaces: clicking a row that is being re-rendered goes nowhere.
        // (This test's elder is the only one of that name.)
        await Assertions.Expect(worker.Locator("[data-testid=elder-list] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(elderRow).ToContainTextAsync("未评估");
        await elderRow.Locator("[data-testid=elder-link]").ClickAsync();
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/elderly/{person}$"));
        await AppServer.WaitInteractiveAsync(worker);
        await Assertions.Expect(worker.Locator("[data-testid=no-assessment]")).ToBeVisibleAsync();

        // Every item at 2 except the 0–1 items at 1: 26 items → 8×2 + 4×2 + 6×2 + 1 + 1 + 2 + 2 + 2 + 2 + 2 + 2 = 50 → 中度失能.
        var inputs = worker.Locator("input[data-testid^='score-']");
        Assert.Equal(26, await inputs.CountAsync());
        for (var i = 0; i < 26; i++)
        {
            var max = int.Parse((await inputs.Nth(i).GetAttributeAsync("max"))!, System.Globalization.CultureInfo.InvariantCulture);
            await inputs.Nth(i).FillAsync(Math.Min(2, max).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await worker.FillAsync("[data-testid=assess-date]", "2026-11-01");
        await worker.ClickAsync("#assess-save");
        await Assertions.Expect(worker.Locator("[data-error-for=assessor]")).ToContainTextAsync("评估员");
        await Assertions.Expect(worker.Locator("[data-error-for=secondAssessor]")).ToContainTextAsync("两名评估员");
        await worker.FillAsync("[data-testid=assess-assessor]", "刘评估");
        await worker.FillAsync("[data-testid=assess-second-assessor]", "陈评估");
        await worker.ClickAsync("#assess-save");
        await Assertions.Expect(worker.Locator("[data-testid=assessment-saved]")).ToContainTextAsync("总分 50");
        await Assertions.Expect(worker.Locator("[data-testid=assessment-level]")).ToContainTextAsync("中度");
        await Assertions.Expect(worker.Locator("[data-testid=profile-categories]")).ToContainTextAsync("独居");

        // 探访关爱: a monthly plan, then a visit; one dated before the plan is refused by name.
        await worker.FillAsync("[data-testid=plan-from]", "2026-11-01");
        await worker.ClickAsync("#plan-save");
        await Assertions.Expect(worker.Locator("[data-testid=visit-plan]")).ToContainTextAsync("重点（每月）");
        await worker.FillAsync("[data-testid=visit-date]", "2026-10-20");
        await worker.FillAsync("[data-testid=visit-visitor]", "李探访");
        await worker.ClickAsync("#visit-save");
        await Assertions.Expect(worker.Locator("[data-error-for=visitedOn]")).ToContainTextAsync("早于探访计划开始日期");
        await worker.FillAsync("[data-testid=visit-date]", "2026-11-20");
        await worker.FillAsync("[data-testid=visit-note]", "老人精神好，按时服药");
        await worker.ClickAsync("#visit-save");
        await Assertions.Expect(worker.Locator("[data-testid=visit-list]")).ToContainTextAsync("按时服药");

        // A home care bed with a provider the district registered, then a door-to-door service visit; the home page counts both.
        var officer = await app.LoginAsync("officer");
        var provider = await officer.APIRequest.PostAsync(app.BaseUrl + "/api/elderly/providers", new()
        {
            DataObject = new { name = "蒸湘区康乐居家养老服务中心", kind = "HomeService", regionCode = "430408", beds = 0, nursingBeds = 0, rating = 3, contact = "0734-8888888" },
        });
        Assert.True(provider.Ok, await provider.TextAsync());
        var before = await HomeCountersAsync(worker);

        await worker.GotoAsync(app.BaseUrl + $"/elderly/{person}");
        await AppServer.WaitInteractiveAsync(worker);
        await worker.SelectOptionAsync("[data-testid=bed-provider]", new SelectOptionValue { Label = "蒸湘区康乐居家养老服务中心（居家养老服务商）" });
        await worker.FillAsync("[data-testid=bed-agreement]", "JTCW-2026-0101");
        await worker.ClickAsync("#bed-open-submit");
        await Assertions.Expect(worker.Locator("[data-testid=bed-open]")).ToContainTextAsync("JTCW-2026-0101");

        var now = DateTime.UtcNow.AddHours(8);
        await worker.SelectOptionAsync("[data-testid=delivery-provider]", new SelectOptionValue { Label = "蒸湘区康乐居家养老服务中心" });
        await worker.Locator("[data-testid=delivery-item]").First.CheckAsync();
        await worker.FillAsync("[data-testid=delivery-staff]", "周护理");
        await worker.FillAsync("[data-testid=delivery-check-in]", now.AddHours(-2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await worker.FillAsync("[data-testid=delivery-check-out]", now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await worker.SelectOptionAsync("[data-testid=delivery-rating]", "5");
        await worker.ClickAsync("#delivery-save");
        await Assertions.Expect(worker.Locator("[data-testid=delivery-list]")).ToContainTextAsync("周护理");
        await Assertions.Expect(worker.Locator("[data-testid=delivery-list]")).ToContainTextAsync("60 分钟");

        var after = await HomeCountersAsync(worker);
        Assert.Equal(before.Beds + 1, after.Beds);
        Assert.Equal(before.Visits + 1, after.Visits);

        // The town orders a bath from the provider.
        await worker.GotoAsync(app.BaseUrl + $"/elderly/{person}");
        await AppServer.WaitInteractiveAsync(worker);
        await worker.SelectOptionAsync("[data-testid=order-provider]", new SelectOptionValue { Label = "蒸湘区康乐居家养老服务中心" });
        await worker.Locator("[data-testid=order-item]").Nth(1).CheckAsync();
        await worker.FillAsync("[data-testid=order-note]", "周三上午");
        await worker.ClickAsync("#order-save");
        await Assertions.Expect(worker.Locator("[data-testid=order-list]")).ToContainTextAsync("待服务");

        // The district binds the provider's account on the provider's page; the provider then serves the order in its workspace.
        await officer.GotoAsync(app.BaseUrl + "/elderly/providers");
        await AppServer.WaitInteractiveAsync(officer);
        await officer.Locator("[data-testid=provider-list] a", new() { HasText = "蒸湘区康乐居家养老服务中心" }).ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=provider-title]")).ToContainTextAsync("康乐");
        await AppServer.WaitInteractiveAsync(officer);
        await officer.FillAsync("[data-testid=account-user]", "provider");
        await officer.ClickAsync("#account-bind");
        await Assertions.Expect(officer.Locator("[data-testid=account-list]")).ToContainTextAsync("provider");

        var serviceProvider = await app.LoginAsync("provider");
        await serviceProvider.GotoAsync(app.BaseUrl + "/provider");
        await AppServer.WaitInteractiveAsync(serviceProvider);
        await Assertions.Expect(serviceProvider.Locator("[data-testid=client-list]")).ToContainTextAsync("欧阳秀兰");
        await serviceProvider.Locator("[data-testid=order-list] tr", new() { HasText = "周三上午" }).Locator("[data-testid=order-choose]").ClickAsync();
        await serviceProvider.FillAsync("[data-testid=delivery-staff]", "陈护理");
        await serviceProvider.SetInputFilesAsync("[data-testid=delivery-photo]", new FilePayload { Name = "服务现场.png", MimeType = "image/png", Buffer = TestFiles.Png });
        await Assertions.Expect(serviceProvider.Locator("[data-testid=delivery-photo-ready]")).ToContainTextAsync("服务现场.png", new() { Timeout = 20_000 });
        await serviceProvider.FillAsync("[data-testid=delivery-check-in]", now.AddMinutes(-50).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await serviceProvider.FillAsync("[data-testid=delivery-check-out]", now.AddMinutes(-20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await serviceProvider.ClickAsync("#provider-delivery-save");
        await Assertions.Expect(serviceProvider.Locator("[data-testid=provider-delivery-list]")).ToContainTextAsync("陈护理");
        await Assertions.Expect(serviceProvider.Locator("[data-testid=provider-delivery-list]")).ToContainTextAsync("照片");
        await Assertions.Expect(serviceProvider.Locator("[data-testid=order-list]")).ToHaveCountAsync(0);

        // Nothing else: the elder's case pages are closed to a provider account.
        await serviceProvider.GotoAsync(app.BaseUrl + $"/elderly/{person}");
        await Assertions.Expect(serviceProvider.Locator("body")).Not.ToContainTextAsync("欧阳秀兰");
    }

    [Fact]
    public async Task A_town_imports_an_elderly_roster_and_a_bad_row_is_reported_without_importing_anything()
    {
        var worker = await app.LoginAsync("zhengxiang");
        var idNumber = IdNumbers.Next(new DateOnly(1945, 5, 5));
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new { regionCode = "430408001005", kind = "Urban", address = "船山路9号", members = new[] { new { name = "谭冬梅", idNumber, relation = "Head" } } },
        });
        Assert.True(created.Ok, await created.TextAsync());

        await worker.GotoAsync(app.BaseUrl + "/elderly/import");
        await AppServer.WaitInteractiveAsync(worker);
        var header = "身份证号码,姓名,留守,探访风险等级\n";
        await worker.SetInputFilesAsync("[data-testid=roster-file]", new FilePayload { Name = "花名册.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + $"{idNumber},谭冬梅,是,重点\n{idNumber[..17]}0,某人,否,\n") });
        await Assertions.Expect(worker.Locator("[data-testid=roster-refused]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(worker.Locator("[data-testid=roster-errors]")).ToContainTextAsync("身份证号码");

        await worker.SetInputFilesAsync("[data-testid=roster-file]", new FilePayload { Name = "花名册.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + $"{idNumber},谭冬梅,是,重点\n") });
        await Assertions.Expect(worker.Locator("[data-testid=roster-ok]")).ToContainTextAsync("已导入 1 位老人", new() { Timeout = 20_000 });
    }

    /// <summary>The home page's 蒸湘街道 row: home care beds opened this year and service visits this year.</summary>
    private async Task<(int Beds, int Visits)> HomeCountersAsync(IPage page)
    {
        await page.GotoAsync(app.BaseUrl + "/");
        var row = page.Locator("[data-testid=elderly-service-table] tr", new() { HasText = "蒸湘街道" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        var cells = await row.Locator("td").AllTextContentsAsync();
        return (int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture));
    }
}
