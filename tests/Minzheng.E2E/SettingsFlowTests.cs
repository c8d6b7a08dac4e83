namespace Minzheng.E2E;

[Collection("browser")]
public sealed class SettingsFlowTests(AppServer app)
{
    [Fact]
    public async Task A_district_officer_sees_the_shipped_standards_with_their_sources_and_adds_a_dated_version()
    {
        var page = await app.LoginAsync("officer");
        await page.GotoAsync(app.BaseUrl + "/admin/settings");
        await AppServer.WaitInteractiveAsync(page);
        var urban = page.Locator("[data-key='dibao.standard.urban_monthly_fen']");
        await Assertions.Expect(urban).ToContainTextAsync("602.00元/月");
        await Assertions.Expect(urban).ToContainTextAsync("待核实");
        // Issue 20.5: a yes/no rule reads as what it means; no developer notes or 0/1 codes on the page.
        await Assertions.Expect(page.Locator("[data-key='assist.approval_delegated_to_town']")).ToContainTextAsync("由区民政局办理");
        var table = await page.Locator("[data-testid=settings]").InnerTextAsync();
        Assert.DoesNotMatch(@"\d=|UNCONFIRMED|DOMAIN-RULES|MATCHING|占位", table);

        await page.SelectOptionAsync("[data-testid=setting-key]", "assist.approval_delegated_to_town");
        await Assertions.Expect(page.Locator("select[data-testid=setting-value] option")).ToHaveTextAsync(["请选择", "委托乡镇（街道）办理", "由区民政局办理"]);

        await page.SelectOptionAsync("[data-testid=setting-key]", "dibao.publicity_days");
        await Assertions.Expect(page.Locator("[data-testid=setting-range]")).ToContainTextAsync("1 至 30");
        await page.FillAsync("[data-testid=setting-value]", "31");
        await page.ClickAsync("#setting-save");
        await Assertions.Expect(page.Locator("[data-error-for=value]")).ToContainTextAsync("“公示天数”应在 1 至 30");

        await page.FillAsync("[data-testid=setting-value]", "10");
        await page.FillAsync("[data-testid=setting-from]", "2025-01-01");
        await page.FillAsync("[data-testid=setting-source]", "蒸湘区民政局测试通知");
        await page.ClickAsync("#setting-save");
        await Assertions.Expect(page.Locator("[data-testid=setting-saved]")).ToContainTextAsync("公示天数，自 2025年1月1日 起");
        await Assertions.Expect(page.Locator("[data-key='dibao.publicity_days']")).ToContainTextAsync("10 天");
    }
}
