using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>入户调查 photos: only while investigating, only by the town or the village, only images, seen only within the case's regions.</summary>
public abstract class InvestigationPhotoTests(WebHost host)
{
    private static object Photo(byte[] bytes, string name = "厨房.png", string caption = "厨房") => new { fileName = name, base64 = Convert.ToBase64String(bytes), caption };

    [Fact]
    public async Task Photos_are_taken_during_the_investigation_by_the_town_or_village_and_shown_with_the_case()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await HouseholdAsync(worker, "430408001001");
        var id = await NewCaseAsync(worker, household);
        string Photos() => $"/api/assistance/cases/{id}/photos";

        // Not yet: the case is still at 核对.
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync(Photos(), Photo(Png))).StatusCode);
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对平台：无车辆" });

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).PostAsJsonAsync(Photos(), Photo(Png))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).PostAsJsonAsync(Photos(), Photo(Png))).StatusCode);
        var bad = await worker.PostAsJsonAsync(Photos(), Photo("%PDF-1.4"u8.ToArray(), "调查.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Photos(), Photo("not a png"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Photos(), new { fileName = "x.png", base64 = "@@@", caption = "" })).StatusCode);

        var saved = await worker.PostAsJsonAsync(Photos(), Photo(Png));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var assistant = await host.LoginAsync("assistant"); // 430408001001 is the assistant's village
        Assert.Equal(HttpStatusCode.OK, (await assistant.PostAsJsonAsync(Photos(), Photo(Png, "卧室.png", "卧室"))).StatusCode);

        var list = await worker.GetFromJsonAsync<JsonElement>(Photos());
        Assert.Equal(["厨房", "卧室"], list.EnumerateArray().Select(p => p.GetProperty("caption").GetString()!).ToList());
        var photoId = list[0].GetProperty("id").GetGuid();
        Assert.Equal(Png, await (await host.LoginAsync("leader")).GetByteArrayAsync($"/api/assistance/photos/{photoId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).GetAsync($"/api/assistance/photos/{photoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).GetAsync(Photos())).StatusCode);

        // Once the investigation is recorded, no more photos.
        await StepAsync(worker, id, new { action = "RecordInvestigation", note = "入户调查属实", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 300m } } });
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync(Photos(), Photo(Png))).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class InvestigationPhotoTestsOnSqlite(SqliteWebHost host) : InvestigationPhotoTests(host);

[Collection("postgres")]
public sealed class InvestigationPhotoTestsOnPostgres(PostgresWebHost host) : InvestigationPhotoTests(host);
