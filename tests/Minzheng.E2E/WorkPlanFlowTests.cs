
namespace Minzheng.E2E;

[Collection("browser")]
public sealed class WorkPlanFlowTests(AppServer app)
{
    private static readonly byte[] Png = Minzheng.TestSupport.TestFiles.Png;

    [Fact]
    public async Task The_dashboard_shows_the_34_points_and_an_approved_report_moves_its_target()
    {
        var leader = await app.LoginAsync("leader");
        await Assertions.Expect(leader.Locator("[data-testid=workplan-summary]")).ToContainTextAsync("2022年蒸湘民政工作要点");
        await leader.GotoAsync(app.BaseUrl + "/workplan");
        await AppServer.WaitInteractiveAsync(leader);
        await Assertions.Expect(leader.Locator("tr[data-testid^='point-']")).ToHaveCountAsync(34);
        var incubation = leader.Locator("[data-testid='target-18.incubation-site']");
        await Assertions.Expect(incubation.Locator("[data-testid=value]")).ToHaveTextAsync("—");
        await Assertions.Expect(incubation).ToContainTextAsync("逾期未完成");
        await Assertions.Expect(leader.Locator("[data-testid='target-8.dibao-urban']")).ToContainTextAsync("已完成");

        // The officer reports with evidence; a file that is not what it says is refused first.
        var officer = await app.LoginAsync("officer");
        await officer.GotoAsync(app.BaseUrl + "/workplan");
        await AppServer.WaitInteractiveAsync(officer);
        await officer.ClickAsync("[data-testid='target-18.incubation-site'] a");
        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workplan/targets/[0-9a-f-]{36}$"));
        await AppServer.WaitInteractiveAsync(officer);
        var targetUrl = officer.Url;
        await officer.FillAsync("[data-testid=report-value]", "1");
        await officer.FillAsync("[data-testid=report-asof]", "2022-10-31");
        await officer.FillAsync("[data-testid=report-note]", "蒸湘区社会组织孵化基地已挂牌运营");
        await officer.SetInputFilesAsync("[data-testid=report-evidence]", new FilePayload { Name = "挂牌照片.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
        await Assertions.Expect(officer.Locator("[data-testid=report-evidence-ready]")).ToContainTextAsync("13 字节", new() { Timeout = 20_000 }); // read by the server first
        await officer.ClickAsync("#report-submit");
        await Assertions.Expect(officer.Locator("[data-error-for=evidence]")).ToContainTextAsync("不是有效的 PNG 文件");
        await officer.SetInputFilesAsync("[data-testid=report-evidence]", new FilePayload { Name = "挂牌照片.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(officer.Locator("[data-testid=report-evidence-ready]")).ToContainTextAsync($"{Png.Length} 字节", new() { Timeout = 20_000 });
        await officer.ClickAsync("#report-submit");
        await Assertions.Expect(officer.Locator("[data-testid=report-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("[data-testid=report-Pending]")).ToContainTextAsync("待审核");
        await Assertions.Expect(officer.Locator("[data-testid=target-status]")).ToContainTextAsync("逾期未完成");
        // Issue 20.14: no 通过 on one's own report (the server refuses it too); it says who must act.
        await Assertions.Expect(officer.Locator("[data-testid=report-Pending] [data-testid=own-report]")).ToContainTextAsync("须由他人审核");
        Assert.Equal(0, await officer.Locator("[data-testid=report-Pending] button[id^='approve-']").CountAsync());

        // Another person approves it; the target moves.
        await leader.GotoAsync(targetUrl);
        await AppServer.WaitInteractiveAsync(leader);
        await leader.ClickAsync("button[id^='approve-']");
        await Assertions.Expect(leader.Locator("[data-testid=report-Approved]")).ToContainTextAsync("已通过");
        await Assertions.Expect(leader.Locator("[data-testid=target-status]")).ToContainTextAsync("已完成");

        await leader.GotoAsync(app.BaseUrl + "/workplan/2022");
        await AppServer.WaitInteractiveAsync(leader);
        await Assertions.Expect(incubation.Locator("[data-testid=value]")).ToHaveTextAsync("1");
        await Assertions.Expect(incubation).ToContainTextAsync("已完成");

        // The quarterly report: printable, and as XLSX.
        await leader.GotoAsync(app.BaseUrl + "/workplan/2022/report/4");
        await Assertions.Expect(leader.Locator("[data-testid=report-title]")).ToContainTextAsync("第四季度");
        await Assertions.Expect(leader.Locator("[data-testid=quarterly-table]")).ToContainTextAsync("挂牌照片.png");
        var download = await leader.RunAndWaitForDownloadAsync(() => leader.ClickAsync("[data-testid=report-xlsx]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
