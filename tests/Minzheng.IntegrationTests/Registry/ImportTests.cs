using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Registry;

public abstract class ImportTests(WebHost host)
{
    private const string Header = "户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系,联系电话,开户银行,银行账号\n";

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string type = "text/csv")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return client.PostAsync("/api/registry/import?fileName=roster.csv", content);
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await RegistryClient.SearchAsync(client, new { })).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_valid_roster_is_applied_whole_and_its_people_are_found()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (a, b, c) = (IdNumbers.Next(), IdNumbers.Next(), IdNumbers.Next());
        var before = await TotalAsync(client);
        var response = await UploadAsync(client, Header +
            $"1,430408001003,城镇,蒸湘南路1号,甲一,{a},户主,13800138001,衡阳银行,6217000011112222444\n" +
            $"1,430408001003,城镇,蒸湘南路1号,甲二,{b},配偶,,,\n" +
            $"2,430408001003,城镇,蒸湘南路2号,乙一,{c.ToLowerInvariant()},户主,,,\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("households").GetInt32());
        Assert.Equal(3, report.GetProperty("persons").GetInt32());
        Assert.Equal(before + 2, await TotalAsync(client));
        Assert.Equal(1, (await RegistryClient.SearchAsync(client, new { idNumber = b })).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_with_row_column_and_reason()
    {
        var client = await host.LoginAsync("zhengxiang");
        var good = IdNumbers.Next();
        var registered = (await RegistryClient.CreateAsync(client)).HeadId;
        var before = await TotalAsync(client);
        var response = await UploadAsync(client, Header +
            $"1,430408001003,城镇,蒸湘南路3号,丙一,{good},户主,,,\n" +
            "2,430408001003,城镇,蒸湘南路4号,丁一,110105194912310021,户主,,,\n" +
            $"3,430408001003,乡下,蒸湘南路5号,戊一,{registered},户主,123,,\n" +
            $"4,430408002001,城镇,红湘路1号,己一,{IdNumbers.Next()},户主,,,\n" +
            $"5,430408001003,城镇,蒸湘南路6号,庚一,{good},叔叔,,,\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Reason: e.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Contains(rows, e => e.Row == 3 && e.Column == "身份证号码" && e.Reason.Contains("校验码", StringComparison.Ordinal));
        Assert.Contains(rows, e => e.Row == 4 && e.Column == "城乡类别");
        Assert.Contains(rows, e => e.Row == 4 && e.Column == "联系电话");
        Assert.Contains(rows, e => e.Row == 5 && e.Column == "村社区代码" && e.Reason.Contains("管辖范围", StringComparison.Ordinal));
        Assert.Contains(rows, e => e.Row == 6 && e.Column == "与户主关系");
        Assert.Contains(rows, e => e.Row == 6 && e.Column == "身份证号码" && e.Reason.Contains("第2行", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, e => e.Row == 2);
        Assert.Equal(before, await TotalAsync(client));
        Assert.Equal(0, (await RegistryClient.SearchAsync(client, new { idNumber = good })).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_person_already_registered_is_reported_and_nothing_is_written()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (_, registered) = await RegistryClient.CreateAsync(client);
        var response = await UploadAsync(client, Header + $"1,430408001003,城镇,蒸湘南路7号,辛一,{registered},户主,,,\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已登记", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_roster_is_refused_whole()
    {
        var client = await host.LoginAsync("zhengxiang");
        var missing = await UploadAsync(client, "户序号,姓名\n1,张三\n");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("缺少必需的列", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await UploadAsync(client, Header, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var auditor = await host.LoginAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(auditor, Header + "1,430408001003,城镇,x,y,z,户主\n")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ImportTestsOnSqlite(SqliteWebHost host) : ImportTests(host);

[Collection("postgres")]
public sealed class ImportTestsOnPostgres(PostgresWebHost host) : ImportTests(host);
