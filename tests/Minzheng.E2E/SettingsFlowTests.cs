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
        await Assertions.Expect(urban).ToContainTextAsync("602.00元");
        await Assertions.Expect(urban).ToContainTextAsync("待核实");

        await page.SelectOptionAsync("[data-testid=setting-key]", "dibao.publicity_days");
        await page.FillAsync("[data-testid=setting-value]", "七");
        await page.ClickAsync("#setting-save");
        await Assertions.Expect(page.Locator("[data-error-for=value]")).ToContainTextAsync("请输入整数");

        await page.FillAsync("[data-testid=setting-value]", "10");
        await page.FillAsync("[data-testid=setting-from]", "2025-01-01");
        await page.FillAsync("[data-testid=setting-source]", "蒸湘区民政局测试通知");
        await page.ClickAsync("#setting-save");
        await Assertions.Expect(page.Locator("[data-testid=setting-saved]")).ToContainTextAsync("dibao.publicity_days");
        await Assertions.Expect(page.Locator("[data-key='dibao.publicity_days']")).ToContainTextAsync("10 天");
    }
}
