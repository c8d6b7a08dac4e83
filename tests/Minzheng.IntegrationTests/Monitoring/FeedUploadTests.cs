using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Monitoring.MonitoringClient;

namespace Minzheng.IntegrationTests.Monitoring;

/// <summary>Feeds are applied whole or not at all, with a row-level report; partners send theirs with client credentials.</summary>
public abstract class FeedUploadTests(WebHost host)
{
    private static readonly string[] DeathsOnly = ["deaths"];

    private static async Task<int?> LatestVersionAsync(HttpClient officer, string kind)
    {
        var feeds = await officer.GetFromJsonAsync<JsonElement>("/api/monitoring/feeds");
        var type = feeds.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("key").GetString() == kind);
        return type.GetProperty("latest").ValueKind == JsonValueKind.Null ? null : type.GetProperty("latest").GetProperty("version").GetInt32();
    }

    [Fact]
    public async Task A_feed_with_one_bad_row_is_refused_whole_with_every_problem_named_and_nothing_stored()
    {
        var officer = await host.LoginAsync("officer");
        var before = await LatestVersionAsync(officer, "vehicles");
        var csv = $"owner_id_number,plate,vehicle_type,value_yuan\n{IdNumbers.Next()},湘D12345,car,88000\n430408199901011234,湘D00001,car,12.345\n{IdNumbers.Next()},,car,1000\n";
        var response = await UploadAsync(officer, "vehicles", csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("3 处错误", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("第3行 owner_id_number", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("第3行 value_yuan", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("第4行 plate", out _), errors.ToString());
        Assert.Equal(before, await LatestVersionAsync(officer, "vehicles"));
    }

    [Theory]
    [InlineData("id_number\n1\n", "缺少必需的列 death_date")]
    [InlineData("", "文件为空")]
    public async Task A_broken_file_is_refused_by_name(string csv, string expected)
    {
        var officer = await host.LoginAsync("officer");
        var response = await UploadAsync(officer, "deaths", csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_garbage_and_unknown_feeds_and_other_file_types_are_refused()
    {
        var officer = await host.LoginAsync("officer");
        var garbage = await officer.PostAsJsonAsync("/api/monitoring/feeds/deaths/uploads", new { fileName = "x.csv", contentBase64 = Convert.ToBase64String([0, 1, 2, 0xFF, 0xFE, 0, 9]) });
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("UTF-8", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fakeXlsx = await officer.PostAsJsonAsync("/api/monitoring/feeds/deaths/uploads", new { fileName = "x.xlsx", contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("id_number,death_date\n")) });
        Assert.Equal(HttpStatusCode.BadRequest, fakeXlsx.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(officer, "salaries", "id_number\n")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(officer, "deaths", "id_number,death_date\n", "deaths.txt")).StatusCode);
    }

    [Fact]
    public async Task A_good_feed_becomes_the_next_version_and_the_same_file_again_is_stored_once()
    {
        var officer = await host.LoginAsync("officer");
        var before = await LatestVersionAsync(officer, "business") ?? 0;
        var csv = $"\uFEFFcredit_code,legal_rep_id_number,name,registered_capital_yuan,status,extra\r\n91430400X,{IdNumbers.Next().ToLowerInvariant()},\"衡阳某某商贸, 有限公司\",100000.00,active,1\r\n";
        var first = await UploadAsync(officer, "business", csv);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stored = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(before + 1, stored.GetProperty("version").GetInt32());
        Assert.Equal(1, stored.GetProperty("rows").GetInt64());

        var again = await UploadAsync(officer, "business", csv);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(before + 1, await LatestVersionAsync(officer, "business"));

        var history = (await officer.GetFromJsonAsync<JsonElement>("/api/monitoring/feeds")).GetProperty("history").EnumerateArray().First(h => h.GetProperty("kind").GetString() == "business");
        Assert.Equal(64, history.GetProperty("sm3").GetString()!.Length);
        Assert.Equal("接口", history.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Towns_cannot_upload_feeds_or_run_the_batch()
    {
        var town = await host.LoginAsync("zhengxiang");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(town, "deaths", $"id_number,death_date\n{IdNumbers.Next()},2022-01-01\n")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync("/api/monitoring/runs", new { period = "2030-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.GetAsync("/api/monitoring/feeds")).StatusCode);
    }

    [Fact]
    public async Task Partner_clients_are_created_by_the_system_administrator_on_a_recorded_request_only()
    {
        var officer = await host.LoginAsync("officer");
        var sysadmin = await host.LoginAsync("sysadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/admin/partners", new { department = "衡阳市公安局", kinds = DeathsOnly, requestedBy = "officer", requestNote = "x1" })).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await officer.PostAsJsonAsync("/api/monitoring/partners", new { department = "衡阳市公安局", kinds = DeathsOnly })).StatusCode);
        var unrequested = await sysadmin.PostAsJsonAsync("/api/admin/partners", new { department = "衡阳市公安局", kinds = DeathsOnly });
        Assert.Equal(HttpStatusCode.BadRequest, unrequested.StatusCode);
        Assert.Contains("requestedBy", await unrequested.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await sysadmin.PostAsJsonAsync("/api/admin/partners", new { department = "衡阳市公安局", kinds = DeathsOnly, requestedBy = "officer（区民政局）", requestNote = "衡民发〔2022〕7号" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var clientId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("client").GetProperty("clientId").GetString();
        var listed = (await officer.GetFromJsonAsync<JsonElement>("/api/monitoring/partners")).EnumerateArray().Single(p => p.GetProperty("clientId").GetString() == clientId);
        Assert.Equal("衡民发〔2022〕7号", listed.GetProperty("requestNote").GetString());
        var audit = await (await host.LoginAsync("auditor")).GetFromJsonAsync<JsonElement>($"/api/audit?entityId={clientId}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("purpose").GetString()!.Contains("衡民发〔2022〕7号", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.GetAsync("/api/monitoring/feeds")).StatusCode); // no case data for the 三员
    }

    [Fact]
    public async Task A_partner_client_sends_only_the_feeds_it_owns_and_stops_when_disabled()
    {
        var officer = await host.LoginAsync("officer");
        var created = await (await host.LoginAsync("sysadmin")).PostAsJsonAsync("/api/admin/partners", new { department = "衡阳市公安局", kinds = DeathsOnly, requestedBy = "officer", requestNote = "衡民发〔2022〕1号" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var clientId = body.GetProperty("client").GetProperty("clientId").GetString()!;
        var secret = body.GetProperty("secret").GetString()!;
        Assert.DoesNotContain(secret, await officer.GetStringAsync("/api/monitoring/partners"), StringComparison.Ordinal);

        var anonymous = host.Anonymous();
        async Task<HttpResponseMessage> SendAsync(string kind, string id, string key, string csv)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/partner/feeds/{kind}?fileName={kind}.csv") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{key}")));
            return await anonymous.SendAsync(request);
        }

        var deaths = $"id_number,death_date\n{IdNumbers.Next()},2022-03-04\n";
        var sent = await SendAsync("deaths", clientId, secret, deaths);
        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("deaths", clientId, secret + "x", deaths)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/partner/feeds/deaths", new StringContent(deaths))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync("vehicles", clientId, secret, "owner_id_number,plate,vehicle_type,value_yuan\n")).StatusCode);
        var bad = await SendAsync("deaths", clientId, secret, "id_number,death_date\n123,2022-01-01\n");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第2行 id_number", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var history = (await officer.GetFromJsonAsync<JsonElement>("/api/monitoring/feeds")).GetProperty("history").EnumerateArray().First(h => h.GetProperty("kind").GetString() == "deaths");
        Assert.Contains(clientId, history.GetProperty("uploadedBy").GetString(), StringComparison.Ordinal);

        var id = body.GetProperty("client").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/monitoring/partners/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("deaths", clientId, secret, $"id_number,death_date\n{IdNumbers.Next()},2022-03-05\n")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class FeedUploadTestsOnSqlite(SqliteWebHost host) : FeedUploadTests(host);

[Collection("postgres")]
public sealed class FeedUploadTestsOnPostgres(PostgresWebHost host) : FeedUploadTests(host);
