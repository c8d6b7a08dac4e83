using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Issue 19.3: every XLSX input is looked into before it is parsed. A 150 KB file that unpacks to 150 MB of sheet XML
/// is refused with a message by the household roster, the elderly roster and the partner-feed upload.
/// </summary>
[Collection("sqlite")]
public sealed class ZipBombTests(SqliteWebHost host)
{
    private static readonly byte[] Bomb = ZipBombs.Xlsx(150);

    private static ByteArrayContent Xlsx()
    {
        var content = new ByteArrayContent(Bomb);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }

    [Fact]
    public async Task The_household_roster_refuses_a_zip_bomb()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var response = await worker.PostAsync("/api/registry/import?fileName=roster.xlsx", Xlsx());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("压缩比异常", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_elderly_roster_refuses_a_zip_bomb()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var response = await worker.PostAsync("/api/elderly/roster?fileName=roster.xlsx", Xlsx());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("压缩比异常", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_upload_refuses_a_zip_bomb()
    {
        var officer = await host.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/monitoring/feeds/deaths/uploads", new { fileName = "deaths.xlsx", contentBase64 = Convert.ToBase64String(Bomb) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("压缩比异常", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
