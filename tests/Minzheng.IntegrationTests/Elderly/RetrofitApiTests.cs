using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.Platform.Indicators;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>居家适老化改造: stages in order, none skipped, each with what it needs; a completed one counts for the work plan.</summary>
public abstract class RetrofitApiTests(WebHost host)
{
    private static readonly string[] Basic = ["扶手安装", "智能监测设备"];
    private static readonly string[] OptionalOnly = ["轮椅"];
    private static readonly byte[] Png = Minzheng.TestSupport.TestFiles.Png;

    [Fact]
    public async Task A_retrofit_goes_through_its_stages_in_order_and_counts_once_accepted()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001006", ("冯玉兰", IdNumbers.Next(new DateOnly(1944, 4, 4)), "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/retrofits", new { items = OptionalOnly, appliedOn = today, povertyRegistered = true })).StatusCode);

        // 高龄 (80+) but the household is under no programme and not recorded as 建档立卡: refused with the reason.
        var refused = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/retrofits", new { items = Basic, appliedOn = today });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("家庭须为特困供养、低保、低保边缘或建档立卡（脱贫）家庭", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var applied = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/retrofits", new { items = Basic, appliedOn = today, povertyRegistered = true });
        Assert.True(applied.StatusCode == HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
        var row = await applied.Content.ReadFromJsonAsync<JsonElement>();
        var age = today.Year - 1944 - (today < new DateOnly(today.Year, 4, 4) ? 1 : 0);
        Assert.Equal($"建档立卡（脱贫）家庭；高龄（{age} 周岁）", row.GetProperty("grounds").GetString());
        var id = row.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/retrofits", new { items = Basic, appliedOn = today })).StatusCode);

        async Task<HttpResponseMessage> AdvanceAsync(object body) => await worker.PostAsJsonAsync($"/api/elderly/retrofits/{id}/advance", body);
        var photo = new { name = "改造.png", base64 = Convert.ToBase64String(Png) };
        var fake = new { name = "改造.png", base64 = Convert.ToBase64String("not a png"u8.ToArray()) };

        // Skipping 评估 straight to 验收 is refused; so are a subsidy over the cap and a date before the application.
        var skipped = await AdvanceAsync(new { stage = "Accepted", on = today, photo });
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Contains("不能跳过", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await AdvanceAsync(new { stage = "Assessed", on = today, subsidyYuan = 3000.01m })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AdvanceAsync(new { stage = "Assessed", on = today.AddDays(-1), subsidyYuan = 2800m })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdvanceAsync(new { stage = "Assessed", on = today, subsidyYuan = 2800m })).StatusCode);

        // 施工 needs a real photo of before; 验收 one of after.
        Assert.Equal(HttpStatusCode.BadRequest, (await AdvanceAsync(new { stage = "Construction", on = today })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AdvanceAsync(new { stage = "Construction", on = today, photo = fake })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdvanceAsync(new { stage = "Construction", on = today, photo })).StatusCode);

        var other = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/elderly/retrofits/{id}/advance", new { stage = "Accepted", on = today, photo })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/elderly/retrofits/{id}/photo")).StatusCode);

        var before = await CompletedAsync(today);
        var accepted = await AdvanceAsync(new { stage = "Accepted", on = today, photo });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("验收", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stageName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await AdvanceAsync(new { stage = "Accepted", on = today, photo })).StatusCode);
        Assert.Equal(before + 1, await CompletedAsync(today));
        Assert.Equal(Png, await worker.GetByteArrayAsync($"/api/elderly/retrofits/{id}/photo?after=true"));
    }

    [Fact]
    public async Task A_dibao_household_qualifies_through_an_elder_in_need_and_counts_once()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        // An approved 低保 household of two; its head is 84, its other member 66 and in no need.
        var head = IdNumbers.Next(new DateOnly(1942, 1, 2));
        var (household, _, _, _) = await Assistance.AssistanceClient.ApprovedWithCaseAsync(host, worker, officer, "430408001006", head, IdNumbers.Next(new DateOnly(1960, 3, 3)));
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().ToList();
        var elder = members.Single(m => m.GetProperty("name").GetString() == "钱六").GetProperty("id").GetGuid();
        var younger = members.Single(m => m.GetProperty("name").GetString() == "孙七").GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var notInNeed = await worker.PostAsJsonAsync($"/api/elderly/persons/{younger}/retrofits", new { items = Basic, appliedOn = today });
        Assert.Equal(HttpStatusCode.Conflict, notInNeed.StatusCode);
        Assert.Contains("老人须为高龄（80 周岁及以上）", await notInNeed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var applied = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/retrofits", new { items = Basic, appliedOn = today });
        Assert.True(applied.StatusCode == HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
        Assert.StartsWith("低保家庭；高龄", (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grounds").GetString(), StringComparison.Ordinal);

        // One household, one open retrofit: its other member cannot open a second one (even recorded as 建档立卡).
        var second = await worker.PostAsJsonAsync($"/api/elderly/persons/{younger}/retrofits", new { items = Basic, appliedOn = today, povertyRegistered = true });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("该户已有未验收的改造", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<decimal?> CompletedAsync(DateOnly today) => await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictLeader, "430408", async sp =>
    {
        var source = sp.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Key == "elderly.retrofits_completed"));
        return (await source.ReadAsync("elderly.retrofits_completed", new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today), ["430408001"])).Single().Value;
    });
}

[Collection("sqlite")]
public sealed class RetrofitApiTestsOnSqlite(SqliteWebHost host) : RetrofitApiTests(host);

[Collection("postgres")]
public sealed class RetrofitApiTestsOnPostgres(PostgresWebHost host) : RetrofitApiTests(host);
