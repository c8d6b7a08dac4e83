using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>The elderly roster import: every bad row reported and nothing written, a good file applied once, XLSX too.</summary>
public abstract class RosterImportApiTests(WebHost host)
{
    private const string Header = "身份证号码,姓名,留守,重残,计划生育特殊家庭,探访风险等级,探访计划开始日期\n";

    private static StringContent Csv(string text) => new StringContent(text, Encoding.UTF8, "text/csv");

    private static async Task<(Guid Id, string IdNumber)> PersonAsync(HttpClient worker, string name, DateOnly birth)
    {
        var idNumber = IdNumbers.Next(birth);
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001007", (name, idNumber, "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return ((await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid(), idNumber);
    }

    [Fact]
    public async Task A_roster_with_any_bad_row_changes_nothing_and_a_good_one_is_applied_once()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (first, firstId) = await PersonAsync(worker, "花名册甲", new DateOnly(1940, 2, 2));
        var (second, secondId) = await PersonAsync(worker, "花名册乙", new DateOnly(1950, 3, 3));
        var (_, youngId) = await PersonAsync(worker, "花名册丙", new DateOnly(1990, 1, 1));
        var unregistered = IdNumbers.Next(new DateOnly(1941, 1, 1));

        var bad = Header +
            $"{firstId},花名册甲,是,否,否,重点,2026-01-01\n" +   // row 2: good
            "430408194001010000,某人,否,否,否,,\n" +               // row 3: check digit
            $"{unregistered},某人,否,否,否,,\n" +                   // row 4: not registered
            $"{youngId},花名册丙,否,否,否,,\n" +                    // row 5: under 60
            $"{secondId},错名,否,否,否,,\n" +                      // row 6: name
            $"{firstId},花名册甲,是,否,否,,\n" +                    // row 7: repeated
            $"{secondId},花名册乙,可能,否,否,很高,2026-13-01\n";   // row 8: repeated (row 6), flag, risk, date
        var refused = await worker.PostAsync("/api/elderly/roster", Csv(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var rows = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "身份证号码"), (4, "身份证号码"), (5, "身份证号码"), (6, "姓名"), (7, "身份证号码"), (8, "探访计划开始日期"), (8, "探访风险等级"), (8, "留守"), (8, "身份证号码")],
            rows.OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ToList());
        Assert.Equal(JsonValueKind.Null, (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{first}/visits")).GetProperty("plan").ValueKind);

        // Another town cannot reach these elders through a roster.
        Assert.Equal(HttpStatusCode.BadRequest, (await (await host.LoginAsync("hongxiang")).PostAsync("/api/elderly/roster", Csv(Header + $"{firstId},花名册甲,是,否,否,重点,\n"))).StatusCode);

        var good = Header + $"{firstId},花名册甲,是,否,否,重点,2026-01-01\n{secondId.ToLowerInvariant()},花名册乙,,是,,,\n";
        var applied = await worker.PostAsync("/api/elderly/roster?fileName=roster.csv", Csv(good));
        Assert.True(applied.StatusCode == HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
        var report = await applied.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("elders").GetInt32());
        Assert.Equal(2, report.GetProperty("flagsSet").GetInt32());
        Assert.Equal(1, report.GetProperty("plansSet").GetInt32());

        var again = await (await worker.PostAsync("/api/elderly/roster", Csv(good))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("flagsSet").GetInt32());
        Assert.Equal(0, again.GetProperty("plansSet").GetInt32());

        var visits = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{first}/visits");
        Assert.Equal("重点（每月）", visits.GetProperty("plan").GetString());
        Assert.Equal("2026-01-01", visits.GetProperty("planStartsOn").GetString());
        Assert.Contains("留守", (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{first}")).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var flags = (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{second}")).GetProperty("flags");
        Assert.True(flags.GetProperty("severelyDisabled").GetBoolean());
        Assert.False(flags.GetProperty("leftBehind").GetBoolean());

        // The same as XLSX; a column left out leaves that category alone.
        using var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[] { new Dictionary<string, object> { ["身份证号码"] = secondId, ["姓名"] = "花名册乙", ["留守"] = "是", ["探访风险等级"] = "一般" } });
        var fromXlsx = await worker.PostAsync("/api/elderly/roster", new ByteArrayContent(xlsx.ToArray()) { Headers = { ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } });
        Assert.True(fromXlsx.StatusCode == HttpStatusCode.OK, await fromXlsx.Content.ReadAsStringAsync());
        flags = (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{second}")).GetProperty("flags");
        Assert.True(flags.GetProperty("leftBehind").GetBoolean());
        Assert.True(flags.GetProperty("severelyDisabled").GetBoolean());
    }

    [Fact]
    public async Task Broken_files_are_refused_by_name()
    {
        var worker = await host.LoginAsync("zhengxiang");
        async Task<string> RefusedAsync(HttpContent content)
        {
            var response = await worker.PostAsync("/api/elderly/roster", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        }

        Assert.Contains("姓名", await RefusedAsync(Csv("身份证号码,留守\n11010519491231002X,是\n")), StringComparison.Ordinal);
        Assert.Contains("为空", await RefusedAsync(Csv("")), StringComparison.Ordinal);
        Assert.Contains("无法读取", await RefusedAsync(new ByteArrayContent([0x00, 0x9f, 0x80, 0x01, 0xc3]) { Headers = { ContentType = new("text/csv") } }), StringComparison.Ordinal);
        Assert.Contains("无法读取", await RefusedAsync(new ByteArrayContent("PK\u0003\u0004broken"u8.ToArray()) { Headers = { ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await worker.PostAsJsonAsync("/api/elderly/roster", new { x = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("auditor")).PostAsync("/api/elderly/roster", Csv(Header))).StatusCode);
        var template = await worker.GetByteArrayAsync("/api/elderly/roster/template.csv");
        Assert.StartsWith(Header.TrimEnd('\n'), Encoding.UTF8.GetString(template).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}

[Collection("sqlite")]
public sealed class RosterImportApiTestsOnSqlite(SqliteWebHost host) : RosterImportApiTests(host);

[Collection("postgres")]
public sealed class RosterImportApiTestsOnPostgres(PostgresWebHost host) : RosterImportApiTests(host);
