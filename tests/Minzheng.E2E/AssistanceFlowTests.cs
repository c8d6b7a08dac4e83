using System.Text.Json;
using Minzheng.TestSupport;

namespace Minzheng.E2E;

[Collection("browser")]
public sealed class AssistanceFlowTests(AppServer app)
{
    private const string Village = "430408001008";
    private static readonly byte[] Png = Minzheng.TestSupport.TestFiles.Png;

    [Fact]
    public async Task A_lone_elder_listed_as_a_possible_gap_is_applied_for_from_the_list_and_photographed_at_the_investigation()
    {
        var worker = await app.LoginAsync("zhengxiang");
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new
            {
                regionCode = "430408001007", kind = "Urban", address = "长湖路2号",
                members = new[] { new { name = "龙桂英", idNumber = IdNumbers.Next(new DateOnly(1938, 6, 6)), relation = "Head" } },
            },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetGuid();
        var number = JsonDocument.Parse(await (await worker.APIRequest.GetAsync($"{app.BaseUrl}/api/registry/households/{id}")).TextAsync()).RootElement.GetProperty("number").GetString()!;

        await worker.GotoAsync(app.BaseUrl + "/assistance/gaps");
        await AppServer.WaitInteractiveAsync(worker);
        var row = worker.Locator("[data-testid=gap-list] tr", new() { HasText = number });
        await Assertions.Expect(row).ToContainTextAsync("长湖路2号");
        await Assertions.Expect(row.Locator("[data-testid=gap-reasons]")).ToContainTextAsync("家中无劳动年龄");
        await row.Locator("[data-testid=gap-apply]").ClickAsync();
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistance/cases/new\\?household="));
        await AppServer.WaitInteractiveAsync(worker);
        await Assertions.Expect(worker.Locator("[data-testid=apply-members]")).ToContainTextAsync("龙桂英");
        await worker.SetInputFilesAsync("[data-testid=apply-consent]", new FilePayload { Name = "授权书.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(worker.Locator("[data-testid=apply-consent-ready]")).ToContainTextAsync("授权书.png", new() { Timeout = 20_000 });
        await worker.ClickAsync("#apply-submit");
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistance/cases/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        var caseId = worker.Url[^36..];

        // 核对 recorded, the investigation is photographed from the case page.
        var verified = await worker.APIRequest.PostAsync($"{app.BaseUrl}/api/assistance/cases/{caseId}/actions", new() { DataObject = new { action = "RecordVerification", note = "核对平台：无车辆" } });
        Assert.True(verified.Ok, await verified.TextAsync());
        await worker.ReloadAsync();
        await AppServer.WaitInteractiveAsync(worker);
        await worker.SetInputFilesAsync("[data-testid=investigation-photo]", new FilePayload { Name = "卧室.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(worker.Locator("[data-testid=investigation-photo-ready]")).ToContainTextAsync("卧室.png", new() { Timeout = 20_000 });
        await worker.FillAsync("[data-testid=investigation-caption]", "卧室");
        await worker.ClickAsync("#investigation-photo-save");
        await Assertions.Expect(worker.Locator("[data-testid=investigation-photos]")).ToContainTextAsync("卧室.png");

        // Applied for, the household has left the list.
        await worker.GotoAsync(app.BaseUrl + "/assistance/gaps");
        await AppServer.WaitInteractiveAsync(worker);
        await Assertions.Expect(worker.Locator("[data-testid=gap-list]")).Not.ToContainTextAsync(number);
    }

    [Fact]
    public async Task A_case_goes_from_application_to_approval_by_the_right_roles_with_its_explanation_and_is_paid_with_a_verifiable_receipt()
    {
        // The district sets a 5-day 公示 for one community (a dated setting); a 公示 of no days is refused.
        var officer = await app.LoginAsync("officer");
        await officer.GotoAsync(app.BaseUrl + "/admin/settings");
        await AppServer.WaitInteractiveAsync(officer);
        await officer.SelectOptionAsync("[data-testid=setting-key]", "dibao.publicity_days");
        await officer.SelectOptionAsync("[data-testid=setting-region-town]", Village[..9]);
        await officer.SelectOptionAsync("[data-testid=setting-region-village]", Village);
        await officer.FillAsync("[data-testid=setting-value]", "0");
        await officer.FillAsync("[data-testid=setting-from]", "2020-01-01");
        await officer.FillAsync("[data-testid=setting-source]", "测试社区公示期设置");
        await officer.ClickAsync("#setting-save");
        await Assertions.Expect(officer.Locator("[data-error-for=value]")).ToContainTextAsync("“公示天数”应在 1 至 30");
        await officer.FillAsync("[data-testid=setting-value]", "5");
        await officer.ClickAsync("#setting-save");
        await Assertions.Expect(officer.Locator("[data-testid=setting-saved]")).ToContainTextAsync("公示天数");

        // The town's case worker registers a household (through the API, as the registry tests do in the UI).
        var worker = await app.LoginAsync("zhengxiang");
        var created = await worker.APIRequest.PostAsync(app.BaseUrl + "/api/registry/households", new()
        {
            DataObject = new
            {
                regionCode = Village, kind = "Urban", address = "蒸湘南路8号", bankName = "衡阳农商银行", bankAccount = "6230901234567890123",
                members = new[] { new { name = "贺建国", idNumber = IdNumbers.Next(), relation = "Head" }, new { name = "贺小梅", idNumber = IdNumbers.Next(), relation = "Child" } },
            },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetGuid();
        var number = JsonDocument.Parse(await (await worker.APIRequest.GetAsync($"{app.BaseUrl}/api/registry/households/{id}")).TextAsync()).RootElement.GetProperty("number").GetString()!;

        await worker.GotoAsync(app.BaseUrl + "/assistance/cases");
        await AppServer.WaitInteractiveAsync(worker);
        await worker.ClickAsync("[data-testid=new-case]");
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistance/cases/new$"));
        await AppServer.WaitInteractiveAsync(worker);
        await worker.FillAsync("[data-testid=apply-household]", number);
        await worker.ClickAsync("#apply-find");
        await Assertions.Expect(worker.Locator("[data-testid=apply-members]")).ToContainTextAsync("贺建国");
        await worker.ClickAsync("#apply-submit");
        await Assertions.Expect(worker.Locator("[data-error-for=consent]")).ToContainTextAsync("核对授权书");
        await worker.SetInputFilesAsync("[data-testid=apply-consent]", new FilePayload { Name = "授权书.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(worker.Locator("[data-testid=apply-consent-ready]")).ToContainTextAsync("授权书.png", new() { Timeout = 20_000 }); // read by the server before submitting
        await worker.ClickAsync("#apply-submit");
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistance/cases/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        await AppServer.WaitInteractiveAsync(worker);
        var caseUrl = worker.Url;
        var status = worker.Locator("[data-testid=case-status]");
        await Assertions.Expect(status).ToContainTextAsync("待家庭经济状况核对");

        await worker.FillAsync("[data-testid=action-note]", "核对平台：无车辆、无工商登记");
        await worker.ClickAsync("#action-RecordVerification");
        await Assertions.Expect(status).ToContainTextAsync("待入户调查");

        await worker.FillAsync("[data-testid=action-note]", "入户调查：父女二人共同生活");
        await worker.ClickAsync("#income-add");
        await worker.FillAsync("[data-testid=income-amount]", "300");
        // Each member may be left out of the household with a reason (服刑, 宣告失踪, …); both count here.
        await Assertions.Expect(worker.Locator("[data-testid=assessment-excluded]").First.Locator("option")).ToContainTextAsync(["计入", "不计入：在监狱服刑或强制隔离戒毒"]);
        await worker.ClickAsync("#action-RecordInvestigation");
        await Assertions.Expect(status).ToContainTextAsync("待初审");
        await Assertions.Expect(worker.Locator("[data-testid=case-member-counted]")).ToHaveTextAsync(["计入", "计入"]);
        var explanation = worker.Locator("[data-testid=case-explanation]");
        await Assertions.Expect(explanation).ToContainTextAsync("补差");
        await Assertions.Expect(explanation).ToContainTextAsync("× 2");
        // One application, routed: 特困 was tried first (an able 义务人), then 低保 met.
        await Assertions.Expect(explanation).ToContainTextAsync("转入低保认定");
        await Assertions.Expect(worker.Locator("[data-testid=case-programme]")).ToContainTextAsync("最低生活保障");
        await Assertions.Expect(worker.Locator("#action-Approve")).ToHaveCountAsync(0);

        await worker.ClickAsync("#action-TownApprove");
        await Assertions.Expect(status).ToContainTextAsync("公示中");
        await Assertions.Expect(worker.Locator("[data-testid=case-figures]")).ToContainTextAsync("公示至 " + DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai")).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // Five days later (the test moves the 公示's end to today in the database rather than wait):
        await app.PublicityRunsOutAsync(caseUrl[(caseUrl.LastIndexOf('/') + 1)..]);
        await worker.ReloadAsync();
        await AppServer.WaitInteractiveAsync(worker);
        await worker.ClickAsync("#action-ClosePublicity");
        await Assertions.Expect(status).ToContainTextAsync("待审核确认");

        await officer.GotoAsync(caseUrl);
        await AppServer.WaitInteractiveAsync(officer);
        await officer.FillAsync("[data-testid=action-note]", "审核确认");
        await officer.ClickAsync("#action-Approve");
        await Assertions.Expect(officer.Locator("[data-testid=case-status]")).ToContainTextAsync("已批准");
        await Assertions.Expect(officer.Locator("[data-testid=case-figures]")).ToContainTextAsync("904");
        await Assertions.Expect(officer.Locator("[data-testid=case-explanation]")).ToContainTextAsync("人均收入");

        // The decision reaches the service chain; its receipt verifies on the public page, without an account.
        var receiptUrl = await officer.Locator("[data-testid=receipt-link]").GetAttributeAsync("href");
        var anonymous = await (await app.Browser.NewContextAsync()).NewPageAsync();
        for (var i = 0; i < 30 && !await HasReceiptAsync(anonymous, app.BaseUrl + receiptUrl); i++)
        {
            await Task.Delay(1000);
        }

        // Issue 20.7: the record reads in Chinese (kind, decision, programme, town by name); the signed bytes are folded away.
        await Assertions.Expect(anonymous.Locator("[data-testid=event-type]")).ToHaveTextAsync("社会救助审核确认");
        await Assertions.Expect(anonymous.Locator("[data-testid=event-fields]")).ToContainTextAsync("批准");
        await Assertions.Expect(anonymous.Locator("[data-testid=event-fields]")).ToContainTextAsync("蒸湘街道");
        await Assertions.Expect(anonymous.Locator("[data-testid=event-raw] .mz-hash")).ToBeHiddenAsync();
        await Assertions.Expect(anonymous.Locator("[data-testid=receipt-qr]")).ToBeVisibleAsync();
        await anonymous.GotoAsync((await anonymous.Locator("[data-testid=receipt-url]").TextContentAsync())!);
        await Assertions.Expect(anonymous.Locator("[data-testid=receipt-verdict]")).ToContainTextAsync("核验通过");

        // The 公示 as printed: names masked.
        await officer.ClickAsync("[data-testid=publicity-link]");
        var notice = officer.Locator("[data-testid=publicity-notice]");
        await Assertions.Expect(notice).ToContainTextAsync("贺*国");
        await Assertions.Expect(notice).Not.ToContainTextAsync("贺建国");
        // Issue 20.1: printed as an official notice — issuing office, date, supervision phone — with the screen's menus and buttons left off.
        await Assertions.Expect(notice.Locator("[data-testid=document-issuer]")).ToHaveTextAsync("蒸湘街道　衡阳市蒸湘区民政局");
        await Assertions.Expect(notice.Locator("[data-testid=document-date]")).ToContainTextAsync("年");
        await Assertions.Expect(notice.Locator("[data-testid=document-supervision]")).ToContainTextAsync("监督电话：12345");
        await officer.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(officer.Locator(".ant-layout-sider")).ToBeHiddenAsync();
        await Assertions.Expect(officer.Locator("[data-print]")).ToBeHiddenAsync();
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await officer.EmulateMediaAsync(new() { Media = Media.Screen });

        // Its 打印 button prints under the site's CSP (no inline handler): window.print is stubbed to record the call.
        await officer.EvaluateAsync("() => { window.__printed = false; window.print = () => { window.__printed = true; }; }");
        await officer.ClickAsync("[data-print]");
        Assert.True(await officer.EvaluateAsync<bool>("() => window.__printed"), "the print button did nothing");

        // Paid from the next month: the town prepares the payroll, the district approves it, the payment's receipt verifies publicly.
        var next = DateTime.UtcNow.AddHours(8);
        var month = new DateTime(next.Year, next.Month, 1).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await worker.GotoAsync(app.BaseUrl + "/assistance/payroll");
        await AppServer.WaitInteractiveAsync(worker);
        await worker.FillAsync("[data-testid=payroll-month]", month);
        await worker.ClickAsync("#payroll-prepare");
        await Assertions.Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistance/payroll/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        // Prepared in the background: the page follows the job until it is done.
        await Assertions.Expect(worker.Locator("[data-testid=payroll-status]")).ToContainTextAsync("待审批", new() { Timeout = 30_000 });
        await Assertions.Expect(worker.Locator("[data-testid=payroll-payments]")).ToContainTextAsync(number);
        await Assertions.Expect(worker.Locator("#payroll-approve")).ToHaveCountAsync(0);
        var runUrl = worker.Url;

        await officer.GotoAsync(runUrl);
        await AppServer.WaitInteractiveAsync(officer);
        await officer.ClickAsync("#payroll-approve");
        await Assertions.Expect(officer.Locator("[data-testid=payroll-status]")).ToContainTextAsync("已审批");
        await Assertions.Expect(officer.Locator("[data-testid=payroll-banks]")).ToBeVisibleAsync();
        var row = officer.Locator("[data-testid=payroll-payments] tr", new() { HasText = number });
        await row.Locator("[data-testid=payment-receipt-link]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=payment-receipt]")).ToContainTextAsync("承诺值");
        var ledgerUrl = await officer.Locator("[data-testid=ledger-receipt-link]").GetAttributeAsync("href");
        for (var i = 0; i < 30 && !await HasReceiptAsync(anonymous, app.BaseUrl + ledgerUrl); i++)
        {
            await Task.Delay(1000);
        }

        await Assertions.Expect(anonymous.Locator("[data-testid=event-type]")).ToHaveTextAsync("社会救助发放");
        await Assertions.Expect(anonymous.Locator("[data-testid=event-fields]")).ToContainTextAsync("元");
        Assert.DoesNotContain("assistance.", await anonymous.Locator("[data-testid=event-fields]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("贺建国", await anonymous.ContentAsync(), StringComparison.Ordinal);
        await anonymous.GotoAsync((await anonymous.Locator("[data-testid=receipt-url]").TextContentAsync())!);
        await Assertions.Expect(anonymous.Locator("[data-testid=receipt-verdict]")).ToContainTextAsync("核验通过");
    }

    [Fact]
    public async Task A_tekun_persons_care_agreement_is_recorded_on_the_case_page_within_the_care_standard()
    {
        var worker = await app.LoginAsync("zhengxiang");
        var officer = await app.LoginAsync("officer");
        async Task<JsonElement> PostAsync(IPage page, string path, object body)
        {
            var response = await page.APIRequest.PostAsync(app.BaseUrl + path, new() { DataObject = body });
            Assert.True(response.Ok, await response.TextAsync());
            return JsonDocument.Parse(await response.TextAsync()).RootElement;
        }

        // A lone elder with no able 义务人, routed to 特困 and approved (through the API, as the flow above does in the UI).
        var household = (await PostAsync(worker, "/api/registry/households", new
        {
            regionCode = "430408001005", kind = "Urban", address = "红湘路9号",
            members = new[] { new { name = "欧阳秀英", idNumber = IdNumbers.Next(new DateOnly(1944, 2, 3)), relation = "Head" } },
        })).GetProperty("id").GetGuid();
        var elder = JsonDocument.Parse(await (await worker.APIRequest.GetAsync($"{app.BaseUrl}/api/registry/households/{household}")).TextAsync())
            .RootElement.GetProperty("members")[0].GetProperty("id").GetGuid();
        var caseId = (await PostAsync(worker, "/api/assistance/cases", new { householdId = household, programme = (string?)null,
            consent = new { name = "授权书.png", contentType = "image/png", base64 = Convert.ToBase64String(Png) } })).GetProperty("id").GetString()!;
        await PostAsync(worker, $"/api/assistance/cases/{caseId}/actions", new { action = "RecordVerification", note = "核对无异常" });
        await PostAsync(worker, $"/api/assistance/cases/{caseId}/actions", new
        {
            action = "RecordInvestigation", note = "独居老人", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = elder, selfCareNotAchieved = 2 } }, obligorAble = false },
        });
        await PostAsync(worker, $"/api/assistance/cases/{caseId}/actions", new { action = "TownApprove" });
        await app.PublicityRunsOutAsync(caseId);
        await PostAsync(worker, $"/api/assistance/cases/{caseId}/actions", new { action = "ClosePublicity" });
        await PostAsync(officer, $"/api/assistance/cases/{caseId}/actions", new { action = "Approve" });

        // The town records 分散供养 with the carer; a fee above the care standard is refused on its field.
        await worker.GotoAsync($"{app.BaseUrl}/assistance/cases/{caseId}");
        await AppServer.WaitInteractiveAsync(worker);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await worker.FillAsync("[data-testid=support-carer]", "王照料");
        await worker.FillAsync("[data-testid=support-carer-id]", IdNumbers.Next(new DateOnly(1975, 7, 7)));
        await worker.FillAsync("[data-testid=support-bank]", "衡阳农商银行");
        await worker.FillAsync("[data-testid=support-account]", "6217001234567890123");
        await worker.FillAsync("[data-testid=support-from]", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await worker.FillAsync("[data-testid=support-to]", today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await worker.FillAsync("[data-testid=support-fee]", "300");
        await worker.ClickAsync("#support-save");
        await Assertions.Expect(worker.Locator("[data-error-for=careFeeYuan]")).ToContainTextAsync("不超过本案认定的照料护理标准 256.67元/月");
        await worker.FillAsync("[data-testid=support-fee]", "200");
        await worker.ClickAsync("#support-save");
        var current = worker.Locator("[data-testid=support-current]");
        await Assertions.Expect(current).ToContainTextAsync("分散供养：委托照料人 王照料");
        await Assertions.Expect(current).ToContainTextAsync("照料护理费 200.00元/月");
        await Assertions.Expect(current).Not.ToContainTextAsync("6217001234567890123");
    }

    private static async Task<bool> HasReceiptAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        return await page.Locator("[data-testid=receipt]").CountAsync() > 0;
    }
}
